// Stands in for office.js in the browser tests: the test serves this file at office.js's URL, preceded
// by `window.__FAKE_OFFICE_OPTIONS__ = {...}` (see OfficeMode in browser.ts).
//
// Options: host ("Word", or null for "office.js loaded in a plain browser"), theme (Office's
// officeTheme), requirementSets (e.g. { WordApi: "1.3" }), paragraphs (initial document: strings or
// { text, style }).
//
// The document lives in `window.fakeWord`, so a test reads back what the add-in did with
// `page.evaluate(() => window.fakeWord)`: paragraphs, contentControls, selection, syncCount, runCount.
//
// The fake is lenient: properties are readable without load() + sync() and changes apply at once.
// That office.js discipline is checked by lint rules and the office-addin-mock adapter tests; here
// the point is the whole task pane running in a real browser. Extend it as the add-in uses more API.
(function () {
  "use strict";
  const options = Object.assign(
    {
      host: "Word",
      theme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" },
      requirementSets: { WordApi: "1.3" },
      paragraphs: [],
    },
    window.__FAKE_OFFICE_OPTIONS__ || {},
  );

  let nextId = 1;
  const newParagraph = (text, style) => ({ id: nextId++, text: String(text), style: style || "Normal" });

  const state = {
    paragraphs: options.paragraphs.map((p) => (typeof p === "string" ? newParagraph(p) : newParagraph(p.text, p.style))),
    contentControls: [], // { id, tag, title, text, paragraphId }
    selection: null, // { kind: "paragraph" | "contentControl", id }
    syncCount: 0,
    runCount: 0,
  };
  window.fakeWord = state;

  const indexOfParagraph = (p) => state.paragraphs.findIndex((q) => q.id === p.id);

  function insertParagraphAt(index, text) {
    const paragraph = newParagraph(text);
    state.paragraphs.splice(Math.max(0, Math.min(index, state.paragraphs.length)), 0, paragraph);
    return paragraphProxy(paragraph);
  }

  function insertTextInto(target, text, location) {
    if (location === "Replace") target.text = String(text);
    else if (location === "Start") target.text = String(text) + target.text;
    else target.text += String(text);
  }

  function collection(items) {
    return {
      items,
      load() {
        return this;
      },
      getFirst() {
        if (items.length === 0) throw new Error("ItemNotFound");
        return items[0];
      },
      getFirstOrNullObject() {
        return items[0] || { isNullObject: true };
      },
      getByTag(tag) {
        return collection(items.filter((c) => c.tag === tag));
      },
    };
  }

  function contentControlProxy(control) {
    return {
      get id() {
        return control.id;
      },
      get tag() {
        return control.tag;
      },
      set tag(value) {
        control.tag = value;
      },
      get title() {
        return control.title;
      },
      set title(value) {
        control.title = value;
      },
      get text() {
        return control.text;
      },
      isNullObject: false,
      load() {
        return this;
      },
      insertText(text, location) {
        insertTextInto(control, text, location);
        return this;
      },
      select() {
        state.selection = { kind: "contentControl", id: control.id };
      },
    };
  }

  function paragraphProxy(paragraph) {
    return {
      get text() {
        return paragraph.text;
      },
      get style() {
        return paragraph.style;
      },
      set style(value) {
        paragraph.style = value;
      },
      get styleBuiltIn() {
        return paragraph.style;
      },
      set styleBuiltIn(value) {
        paragraph.style = value;
      },
      isNullObject: false,
      load() {
        return this;
      },
      insertParagraph(text, location) {
        const index = indexOfParagraph(paragraph);
        return insertParagraphAt(location === "Before" ? index : index + 1, text);
      },
      insertText(text, location) {
        insertTextInto(paragraph, text, location);
        return this;
      },
      insertContentControl() {
        const control = { id: nextId++, tag: "", title: "", text: paragraph.text, paragraphId: paragraph.id };
        state.contentControls.push(control);
        return contentControlProxy(control);
      },
      select() {
        state.selection = { kind: "paragraph", id: paragraph.id };
      },
    };
  }

  const body = {
    get paragraphs() {
      return collection(state.paragraphs.map(paragraphProxy));
    },
    get contentControls() {
      return collection(state.contentControls.map(contentControlProxy));
    },
    get text() {
      return state.paragraphs.map((p) => p.text).join("\n");
    },
    load() {
      return this;
    },
    insertParagraph(text, location) {
      return insertParagraphAt(location === "Start" ? 0 : state.paragraphs.length, text);
    },
    insertText(text, location) {
      if (state.paragraphs.length === 0) state.paragraphs.push(newParagraph(""));
      insertTextInto(state.paragraphs[location === "Start" ? 0 : state.paragraphs.length - 1], text, location);
    },
  };

  const wordDocument = {
    body,
    get contentControls() {
      return body.contentControls;
    },
    load() {
      return this;
    },
  };

  window.Word = {
    run(batch) {
      state.runCount += 1;
      const context = {
        document: wordDocument,
        trackedObjects: { add() {}, remove() {} },
        sync() {
          state.syncCount += 1;
          return Promise.resolve();
        },
      };
      return Promise.resolve().then(() => batch(context));
    },
    InsertLocation: { start: "Start", end: "End", before: "Before", after: "After", replace: "Replace" },
  };

  const versionAtLeast = (have, want) => {
    const [hMajor, hMinor = 0] = String(have).split(".").map(Number);
    const [wMajor, wMinor = 0] = String(want || "1.1").split(".").map(Number);
    return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor);
  };

  const inWord = options.host === "Word";
  window.Office = {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context: inWord
      ? {
          host: "Word",
          officeTheme: options.theme,
          requirements: {
            isSetSupported(name, version) {
              const have = options.requirementSets[name];
              return have !== undefined && versionAtLeast(have, version);
            },
          },
        }
      : {},
    onReady(callback) {
      const info = { host: inWord ? "Word" : null, platform: inWord ? "OfficeOnline" : null };
      if (typeof callback === "function") callback(info);
      return Promise.resolve(info);
    },
  };
})();
