// Meeting titles usually begin with "Rapat" already; the locale then leaves out its own "rapat" so a
// sentence never reads "dalam rapat Rapat Koordinasi".
export function meetingTitled(title: string): "rapat" | "other" {
  return /^rapat\b/i.test(title.trim()) ? "rapat" : "other";
}
