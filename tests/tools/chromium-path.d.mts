/** Types for chromium-path.mjs (imported by playwright.config.ts). */
export declare function findChromium(): string | null;
