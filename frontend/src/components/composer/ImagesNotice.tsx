// Markdown images are not shown on Village (no pictures loaded from other sites): the server
// writes their description and "(image not shown)" instead, and the preview says so plainly
// before anything is posted.

/** `![alt](url)` or `![alt][ref]` anywhere in a Markdown text. */
const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\s?[([]/;

export function hasMarkdownImage(body: string): boolean {
  return MARKDOWN_IMAGE.test(body);
}

export function ImagesNotice() {
  return (
    <p className="notice images-notice" role="note">
      Images aren't supported here — the picture won't show, only its description.
    </p>
  );
}
