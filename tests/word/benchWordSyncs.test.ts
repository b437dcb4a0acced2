import { benchWordSyncs } from "../../bench/word-syncs";

it("the Word sync benchmark finds the same counts for 10, 1,000 and 10,000 paragraphs", async () => {
  const figures = await benchWordSyncs();
  expect(figures.map((f) => f.paragraphs)).toEqual([10, 1000, 10000]);
  expect(
    new Set(
      figures.map(
        (f) =>
          `${f.readSyncs}/${f.insertSyncs}/${f.cursorInsertSyncs}/${f.updateSyncs}/${f.stateWriteSyncs}/${f.contendedStateWriteSyncs}/${f.commonStateWriteCalls}` +
          `/${f.companyInsertSyncs}/${f.companyRefreshSyncs}/${f.selectTextSyncs}/${f.selectLongTextSyncs}/${f.commentSyncs}`,
      ),
    ).size,
  ).toBe(1);
  expect(figures[0].readSyncs).toBeLessThanOrEqual(3);
  expect([figures[0].companyInsertSyncs, figures[0].companyRefreshSyncs]).toEqual([2, 2]);
  expect([figures[0].selectTextSyncs, figures[0].selectLongTextSyncs, figures[0].commentSyncs]).toEqual([3, 3, 3]);
});
