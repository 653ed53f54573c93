/** The two databases the store runs on. */
export type Engine = "sqlite" | "postgres";
