// A post by someone the reader blocked (is_blocked_author), folded to one line until the
// reader asks to see it. It keeps its place (#post-N) so links and numbering still work.
import "./blocking.css";

export function BlockedPost({ number, onShow }: { number: number; onShow(): void }) {
  return (
    <article id={`post-${number}`} className="post blocked-post" aria-label={`Post #${number}, from someone you blocked`} tabIndex={-1}>
      <p className="blocked-post-line">
        <span>Post from someone you blocked</span>
        <button type="button" className="secondary small" onClick={onShow}>
          Show<span className="visually-hidden"> post #{number}</span>
        </button>
      </p>
    </article>
  );
}
