/** Types of figure-words.mjs for the corpus score (tests/check/corpus-runner.ts), which shares its matching. */
export declare function corpusFiles(paths: readonly string[]): string[];
export declare const holds: (want: string, text: string) => boolean;
