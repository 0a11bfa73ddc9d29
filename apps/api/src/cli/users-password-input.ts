/**
 * Reading a password for `pnpm users:create`: all of stdin (--password-stdin, for scripts) or a
 * prompt on the terminal that shows nothing of what is typed.
 */

/** stdin up to its end, without one trailing line break (what `echo` or a file adds). */
export async function readPasswordFromStdin(stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Asks on the terminal with echo off. Ctrl-C or Ctrl-D aborts (rejects). */
export function promptHidden(
  question: string,
  stdin: NodeJS.ReadStream = process.stdin,
  out = process.stderr,
): Promise<string> {
  return new Promise((resolve, reject) => {
    out.write(question);
    let typed = "";
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      out.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const char of data.toString("utf8")) {
        if (char === "\r" || char === "\n") return done();
        if (char === "\u0003" || char === "\u0004") return done(new Error("aborted"));
        if (char === "\u007f" || char === "\b") typed = [...typed].slice(0, -1).join("");
        else if (char >= " ") typed += char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}
