export declare const DEMO_PAGES: string[];
export declare const TOOL_PAGES: string[];
