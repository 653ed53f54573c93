import { Box, Text } from "ink";
import { GLOBAL_KEYS, SCREEN_KEYS } from "./keys.js";
import { SCREEN_TITLES, type ScreenKind } from "./screen.js";

function KeyRows({ rows }: { readonly rows: readonly (readonly [string, string])[] }) {
  return (
    <>
      {rows.map(([keys, what]) => (
        <Box key={keys}>
          <Box width={14} flexShrink={0}>
            <Text bold>{keys}</Text>
          </Box>
          <Text wrap="wrap">{what}</Text>
        </Box>
      ))}
    </>
  );
}

/** The keys of the current screen, then those every screen shares; any key closes it. */
export function HelpOverlay({ kind }: { readonly kind: ScreenKind }) {
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={1}>
      <Text bold>Trợ giúp — {SCREEN_TITLES[kind]}</Text>
      <KeyRows rows={SCREEN_KEYS[kind]} />
      <Text> </Text>
      <Text bold>Mọi màn hình</Text>
      <KeyRows rows={GLOBAL_KEYS} />
      <Text> </Text>
      <Text>Nhấn phím bất kỳ để đóng.</Text>
    </Box>
  );
}
