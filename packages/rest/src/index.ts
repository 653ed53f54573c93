// Work in progress: see the package README once written.
export {};
