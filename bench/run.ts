// `npm run bench`: prints the figures that matter — .docx reading of a 500-page nota, Word round trips
// per operation, the task pane's initial download. Figures only; nothing here is a test.
import { benchBundleSize } from "./bundle-size";
import { benchChecklist } from "./checklist";
import { benchDocxRead } from "./docx-read";
import { benchNormalise } from "./normalise";
import { benchProcedure } from "./procedure";
import { benchWordSyncs } from "./word-syncs";

async function main(): Promise<void> {
  console.log("== .docx → snapshot → sections (generated 500-page nota)");
  const docx = await benchDocxRead();
  console.log(
    `  ${docx.paragraphs} paragraphs, ${docx.words} words, ${(docx.bytes / 1e6).toFixed(1)} MB .docx\n` +
      `  read ${docx.readMs.toFixed(0)} ms (median), sections ${docx.sectionsMs?.toFixed(1) ?? "?"} ms, peak RSS ${docx.peakRssMb.toFixed(0)} MB` +
      `  (targets: < 1000 ms, < 200 MB)`,
  );

  console.log("== Review checklist (50 items) on the same nota");
  const check = benchChecklist();
  console.log(
    `  ${check.items} items, ${check.phrases} phrases, ${check.paragraphs} paragraphs, ${check.locations} locations found: engine ${check.engineMs} ms (median; CPU ${check.engineCpuMs} ms; target < 50 ms)\n` +
      `  nota check ${check.checkMs} ms, nota inspect ${check.inspectMs} ms end to end: ${(check.checkMs / check.inspectMs).toFixed(2)}× (target < 1.3×)`,
  );
  console.log("== Normalisation for phrase matching, with offset maps (same nota)");
  const normalised = benchNormalise();
  console.log(
    `  ${normalised.paragraphs} paragraphs, ${normalised.characters} characters: ${normalised.ms} ms (median)` +
      `  (the checklist engine's whole budget: 50 ms)`,
  );
  console.log("== Co-signatory and procedure checks (same nota)");
  const procedure = benchProcedure();
  console.log(
    `  ${procedure.paragraphs} paragraphs: checks ${procedure.checksMs.toFixed(0)} ms (CPU ${procedure.checksCpuMs.toFixed(0)} ms),` +
      ` status ${procedure.statusMs.toFixed(0)} ms (CPU ${procedure.statusCpuMs.toFixed(0)} ms) (medians; target ~60 ms)`,
  );

  console.log("== Word adapter round trips (context.sync per operation)");
  console.log("  paragraphs   read  insert  insert at cursor  update  state write  (another writer in between)  state write 1.3  companies insert  companies refresh");
  const syncRows = await benchWordSyncs();
  for (const row of syncRows) {
    const cells = [
      row.readSyncs,
      row.insertSyncs,
      row.cursorInsertSyncs,
      row.updateSyncs,
      row.stateWriteSyncs,
      row.contendedStateWriteSyncs,
      row.commonStateWriteCalls,
      row.companyInsertSyncs,
      row.companyRefreshSyncs,
    ].map(String);
    console.log(
      `  ${String(row.paragraphs).padStart(10)}  ${cells[0].padStart(5)}  ${cells[1].padStart(6)}  ${cells[2].padStart(16)}  ${cells[3].padStart(6)}` +
        `  ${cells[4].padStart(11)}  ${cells[5].padStart(27)}  ${cells[6].padStart(15)}  ${cells[7].padStart(16)}  ${cells[8].padStart(17)}`,
    );
  }

  console.log("== Finding locations (context.sync per operation)");
  console.log("  paragraphs  Ga naar (text)  Ga naar (text > 255 characters)  Plaats opmerking");
  for (const row of syncRows) {
    console.log(
      `  ${String(row.paragraphs).padStart(10)}  ${String(row.selectTextSyncs).padStart(14)}  ${String(row.selectLongTextSyncs).padStart(31)}  ${String(row.commentSyncs).padStart(16)}`,
    );
  }

  console.log("== Task pane initial JavaScript (dist/)");
  const bundle = benchBundleSize();
  console.log(
    bundle
      ? `  ${bundle.files.join(", ")}: ${bundle.rawKb.toFixed(1)} kB raw, ${bundle.gzipKb.toFixed(1)} kB gzipped (budget 250 kB gzipped)`
      : "  no production build: run `npm run build` first",
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
