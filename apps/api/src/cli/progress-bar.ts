// Progress of a long command on stderr. On a terminal: one bar redrawn in place; otherwise
// (logs, CI, a parent process reading the pipe) plain lines at each tenth: "writing 40% (4000/10000)".

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

const WIDTH = 30;
const REDRAW_MS = 100;

export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY === true;
  let phase = "";
  let lastTenth = -1;
  let lastDraw = 0;
  let drawn = false;
  return {
    update({ phase: now, done, total }: Progress) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(fraction * 100);
      if (now !== phase) {
        if (tty && drawn) stream.write("\n");
        phase = now;
        lastTenth = -1;
        lastDraw = 0;
      }
      if (tty) {
        const time = Date.now();
        if (time - lastDraw < REDRAW_MS && done < total) return;
        lastDraw = time;
        const filled = Math.round(fraction * WIDTH);
        stream.write(
          `\r${phase.padEnd(10)} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`,
        );
        drawn = true;
        return;
      }
      const tenth = Math.floor(percent / 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${phase} ${percent}% (${done}/${total})\n`);
    },
    /** Ends the bar's line (on a terminal). */
    finish() {
      if (tty && drawn) stream.write("\n");
      drawn = false;
    },
  };
}
