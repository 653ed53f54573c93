import type { Command, CommandEntry, CommandHelp } from "../command.js";
import { CAMPAIGN_HELP, CAMPAIGN_SUBCOMMANDS } from "../help/campaign.js";
import { CATALOG_HELP } from "../help/catalog.js";
import { DATA_HELP } from "../help/data.js";
import { DATA_EXPORT_HELP } from "../help/data-export.js";
import { DATA_IMPORT_HELP } from "../help/data-import.js";
import { DATA_RULES_HELP } from "../help/data-rules.js";
import { DATA_VALIDATE_HELP } from "../help/data-validate.js";
import { DB_HELP } from "../help/db.js";
import { DB_MIGRATE_HELP } from "../help/db-migrate.js";
import { DB_SEED_HELP } from "../help/db-seed.js";
import { DEMO_HELP } from "../help/demo.js";
import { EVALUATE_HELP } from "../help/evaluate.js";
import { FORMS_HELP } from "../help/forms.js";
import { FORMS_EXPORT_HELP } from "../help/forms-export.js";
import { FORMS_IMPORT_HELP } from "../help/forms-import.js";
import { OUTLINE_HELP } from "../help/outline.js";
import { REPORT_HELP } from "../help/report.js";
import { SCHEMA_HELP } from "../help/schema.js";
import { SERVE_HELP } from "../help/serve.js";
import { SUBMISSION_HELP, SUBMISSION_SUBCOMMANDS } from "../help/submission.js";
import { TOKEN_HELP, TOKEN_SUBCOMMANDS } from "../help/token.js";
import { TUI_HELP } from "../help/tui.js";
import { UNITS_HELP } from "../help/units.js";
import { UNITS_REMAP_HELP } from "../help/units-remap.js";
import { USER_HELP, USER_SUBCOMMANDS } from "../help/user.js";

/** A table line: the texts now, the code (`import()`, one chunk per command when built) when run. */
function entry(
  help: CommandHelp,
  load: () => Promise<Command>,
  subcommands?: readonly CommandHelp[],
): CommandEntry {
  return { ...help, ...(subcommands ? { subcommands } : {}), load };
}

/**
 * Every command, in the order `pctm --help` lists them. Only the help texts are imported here: a
 * command's module (and with it the catalogue, the unit lists, the stores) is loaded when it runs.
 */
export const commands: readonly CommandEntry[] = [
  entry(DEMO_HELP, async () => (await import("./demo.js")).demoCommand),
  entry(UNITS_HELP, async () => (await import("./units.js")).unitsCommand, [UNITS_REMAP_HELP]),
  entry(REPORT_HELP, async () => (await import("./report.js")).reportCommand),
  entry(CATALOG_HELP, async () => (await import("./catalog.js")).catalogCommand),
  entry(OUTLINE_HELP, async () => (await import("./outline.js")).outlineCommand),
  entry(SCHEMA_HELP, async () => (await import("./schema.js")).schemaCommand),
  entry(TUI_HELP, async () => (await import("./tui.js")).tuiCommand),
  entry(DB_HELP, async () => (await import("./db.js")).dbCommand, [DB_MIGRATE_HELP, DB_SEED_HELP]),
  entry(DATA_HELP, async () => (await import("./data.js")).dataCommand, [
    DATA_IMPORT_HELP,
    DATA_EXPORT_HELP,
    DATA_VALIDATE_HELP,
    DATA_RULES_HELP,
  ]),
  entry(FORMS_HELP, async () => (await import("./forms.js")).formsCommand, [
    FORMS_EXPORT_HELP,
    FORMS_IMPORT_HELP,
  ]),
  entry(EVALUATE_HELP, async () => (await import("./evaluate.js")).evaluateCommand),
  entry(CAMPAIGN_HELP, async () => (await import("./campaign.js")).campaignCommand, CAMPAIGN_SUBCOMMANDS),
  entry(
    SUBMISSION_HELP,
    async () => (await import("./submission.js")).submissionCommand,
    SUBMISSION_SUBCOMMANDS,
  ),
  entry(USER_HELP, async () => (await import("./user.js")).userCommand, USER_SUBCOMMANDS),
  entry(TOKEN_HELP, async () => (await import("./token.js")).tokenCommand, TOKEN_SUBCOMMANDS),
  entry(SERVE_HELP, async () => (await import("./serve.js")).serveCommand),
];
