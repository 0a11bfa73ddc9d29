import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = path.join(import.meta.dirname, "../../../../test-artifacts/screenshots");

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--enable-unsafe-swiftshader",
    ],
  });
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
  /** The GraphQL operations sent, as "OperationName locale" (e.g. "ContactPoints ar"). */
  operations: string[];
  /** Console errors, page errors and CSP violations. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const operations: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => {
    requests.push(request.url());
    const operation = graphqlOperation(request.url(), request.method(), request.postData());
    if (operation) operations.push(operation);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  return { page, context, requests, operations, problems };
}

/**
 * "ContactPoints ar" for a GraphQL request: the widget's persisted GETs name the operation and
 * carry the variables in the URL; POSTs (the admin app, the widget's fallback) in the body.
 */
function graphqlOperation(address: string, method: string, body: string | null): string | null {
  const url = new URL(address);
  if (url.pathname !== "/graphql") return null;
  let name: string | null | undefined;
  let variables: { locale?: string } | undefined;
  if (method === "GET") {
    name = url.searchParams.get("operationName");
    variables = JSON.parse(url.searchParams.get("variables") ?? "{}");
  } else if (body?.startsWith("{")) {
    // JSON only: an import upload is a multipart body.
    const parsed = JSON.parse(body) as {
      query?: string;
      operationName?: string;
      variables?: { locale?: string };
    };
    name = parsed.operationName ?? parsed.query?.match(/(?:query|mutation) (\w+)/)?.[1];
    variables = parsed.variables;
  } else return null;
  return `${name ?? "?"} ${variables?.locale ?? ""}`.trim();
}

/** Hosts other than this machine's: the widget must never contact one on its own. */
export function foreignRequests(requests: string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    const host = new URL(url).hostname;
    return host !== "localhost" && host !== "127.0.0.1";
  });
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
