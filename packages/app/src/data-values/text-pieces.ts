import type { ImportProgress } from "./import-rows.js";

/**
 * An import file's text: the whole of it (a REST body, a test), or its bytes in pieces as a file
 * stream gives them, with the file's size in bytes for the progress bar.
 */
export type ImportText = string | ImportStream;
export interface ImportStream {
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly size: number;
}

export function isImportStream(value: unknown): value is ImportStream {
  const stream = value as Partial<ImportStream> | null;
  return (
    typeof stream === "object" &&
    stream !== null &&
    typeof stream.size === "number" &&
    typeof (stream.chunks as AsyncIterable<Uint8Array> | undefined)?.[Symbol.asyncIterator] === "function"
  );
}

const PIECE = 64 * 1024;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The text in pieces of at most about 64 KB, decoded as UTF-8 (a piece never ends inside a character;
 * an invalid byte reads as U+FFFD, as a whole-file read does), reporting "read" progress in bytes (in
 * characters for a string). Between pieces the event loop runs, so a progress bar redraws.
 */
export async function* textPieces(text: ImportText, onProgress?: ImportProgress): AsyncGenerator<string> {
  if (typeof text === "string") {
    onProgress?.(0, text.length, "read");
    for (let at = 0; at < text.length; at += PIECE) {
      yield text.slice(at, at + PIECE);
      onProgress?.(Math.min(text.length, at + PIECE), text.length, "read");
      await yieldToLoop();
    }
    if (text.length === 0) onProgress?.(0, 0, "read");
    return;
  }
  // ignoreBOM: the readers strip a byte order mark themselves, the same for strings and bytes.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let done = 0;
  onProgress?.(0, text.size, "read");
  for await (const chunk of text.chunks) {
    done += chunk.byteLength;
    const piece = decoder.decode(chunk, { stream: true });
    if (piece !== "") yield piece;
    onProgress?.(Math.min(done, text.size), text.size, "read");
    await yieldToLoop();
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
  onProgress?.(text.size, text.size, "read");
}
