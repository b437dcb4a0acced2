// Stand-in for the ESM-only office-addin-manifest package, which office-addin-mock requires
// only for its list of host names.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
