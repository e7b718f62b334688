// The members you blocked (GET /me/blocks), each with Unblock. They are never told either way.
import { useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { Link } from "react-router";

import type { Schemas } from "../../api/client";
import { $api, itemsOf, keysetPaging } from "../../api/query";
import { BLOCKS_PATH, setBlocked } from "../blocking/blocks";
import { BLOCK_EXPLAINED } from "../blocking/BlockButton";
import { Empty, ErrorMessage, LoadMore, Loading } from "../Status";

type Pages = InfiniteData<Schemas["BlockPage"], string | null>;

export function BlockedMembers() {
  const id = useId();
  const client = useQueryClient();
  const list = $api.useInfiniteQuery("get", BLOCKS_PATH, { params: { query: { limit: 50 } } }, keysetPaging);
  const pages = (list.data as Pages | undefined)?.pages;
  const items = useMemo(() => pages && itemsOf(pages, (item) => item.user.id), [pages]);
  const [busyName, setBusyName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [unblocked, setUnblocked] = useState<string | null>(null);
  const loadError = list.isFetchNextPageError ? null : list.error;

  async function unblock(user: Schemas["UserRef"]) {
    setBusyName(user.username);
    setError(null);
    try {
      await setBlocked(client, user.username, false);
      setUnblocked(user.display_name);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusyName(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="settings-section" id="blocked-members">
      <h2 id={`${id}-title`}>Blocked members</h2>
      <p className="hint">{BLOCK_EXPLAINED} Block someone from their profile or from one of their posts.</p>
      <ErrorMessage error={loadError} />
      {!items && !loadError && <Loading what="Loading the members you blocked" />}
      {items?.length === 0 && <Empty>You have not blocked anyone.</Empty>}
      {items && items.length > 0 && (
        <ul className="blocked-list">
          {items.map(({ user }) => (
            <li key={user.id}>
              <Link to={`/u/${user.username}`}>{user.display_name}</Link>{" "}
              <span className="meta">@{user.username}</span>
              <button
                type="button"
                className="secondary small"
                disabled={busyName !== null}
                onClick={() => void unblock(user)}
              >
                {busyName === user.username ? "Unblocking…" : <>Unblock<span className="visually-hidden"> {user.display_name}</span></>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
      <p role="status" className="hint saved-note">
        {unblocked ? `You unblocked ${unblocked}.` : ""}
      </p>
      <LoadMore
        visible={list.hasNextPage}
        loading={list.isFetchingNextPage}
        error={list.isFetchNextPageError ? list.error : null}
        onLoad={async () => {
          await list.fetchNextPage();
        }}
      />
    </section>
  );
}
