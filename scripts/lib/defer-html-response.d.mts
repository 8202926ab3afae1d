import type { ServerResponse } from "node:http";
export declare function deferHtmlResponse(res: ServerResponse): void;
