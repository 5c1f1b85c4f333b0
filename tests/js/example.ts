// What a portal developer writes against pkg/goalframes.d.ts: type-checked by
// `tsc -p tests/js/tsconfig.json` in `cargo xtask test`, never run.
import init, { frames, profiles, render, search, type Profile, type Sheet } from "../../pkg/goalframes.js";

async function show(target: HTMLElement): Promise<void> {
  await init();
  const all: Profile[] = profiles();
  const first: Profile | undefined = search("database p4")[0] ?? all[0];
  if (!first) return;
  const sheet: Sheet = {
    schema: "goalframes.sheet/2",
    id: "s1",
    family: first.family,
    level: first.level,
    values: { "smart-1": { target: "99.9% uptime" } },
    canon_version: "2026.11-sample",
    created: "2026-11-26T00:00:00Z",
    updated: "2026-11-26T00:00:00Z",
  };
  const doc = frames(first.family, first.level, sheet);
  for (const frame of doc.frames) {
    const heading = document.createElement("h2");
    heading.textContent = frame.title;
    const text = document.createElement("pre");
    text.textContent = render(first.family, first.level, { frame: frame.frame, format: "text", sheet });
    target.append(heading, text);
    const firstQuote: string | undefined = frame.blocks[0]?.lines[0]?.quotes[0]?.text;
    if (firstQuote) text.title = firstQuote;
  }
}

void show(document.body);
