export declare const DEMO_PAGES: string[];
