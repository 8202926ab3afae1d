export declare const KEY_PAGES: string[];
