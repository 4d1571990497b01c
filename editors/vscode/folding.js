'use strict';
// Folding ranges for a .cw file: every `{ … }` block and every `""" … """`
// text block that spans lines, and every run of two or more comment lines.
// language-configuration.json can only fold by indentation or by region
// markers, so braces are folded here; the scan reads strings, text blocks
// and comments as grammar/crosswalk.pest does, so a brace inside them does
// not count.

function foldingRanges(text) {
  const lines = text.split(/\r?\n/);
  const ranges = [];
  const braces = []; // lines of the `{` not yet closed
  let textBlockStart = -1; // line of the open `"""`, or -1
  let commentStart = -1; // first line of the current run of comment lines

  const add = (start, end, kind) => {
    if (end > start) ranges.push({ start, end, kind });
  };

  lines.forEach((line, number) => {
    let i = 0;
    let onlyComment = false;
    if (textBlockStart < 0 && /^\s*#/.test(line)) onlyComment = true;
    while (i < line.length) {
      if (textBlockStart >= 0) {
        const close = line.indexOf('"""', i);
        if (close < 0) break;
        // The closing line stays visible.
        add(textBlockStart, number - 1);
        textBlockStart = -1;
        i = close + 3;
        continue;
      }
      const c = line[i];
      if (c === '#') break;
      if (line.startsWith('"""', i)) {
        textBlockStart = number;
        i += 3;
      } else if (c === '"') {
        i += 1;
        while (i < line.length && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
        i += 1;
      } else if (c === '{') {
        braces.push(number);
        i += 1;
      } else if (c === '}') {
        const open = braces.pop();
        // The line of the `}` stays visible.
        if (open !== undefined) add(open, number - 1);
        i += 1;
      } else {
        i += 1;
      }
    }
    if (onlyComment) {
      if (commentStart < 0) commentStart = number;
    } else {
      if (commentStart >= 0) add(commentStart, number - 1, 'comment');
      commentStart = -1;
    }
  });
  if (commentStart >= 0) add(commentStart, lines.length - 1, 'comment');
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

module.exports = { foldingRanges };
