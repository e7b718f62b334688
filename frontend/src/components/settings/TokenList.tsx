// Your tokens, with when each was last used, and Revoke.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { api, call, type Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { fullDate, timeAgo } from "../format";
import { Empty, ErrorMessage, Loading } from "../Status";

type Token = Schemas["TokenRead"];

export const tokensQuery = () => $api.queryOptions("get", "/api/v1/me/tokens");

export function TokenList({ onRevoked }: { onRevoked(tokenId: number): void }) {
  const queryClient = useQueryClient();
  const { data: tokens, error } = $api.useQuery("get", "/api/v1/me/tokens");
  const [revoking, setRevoking] = useState<number | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);

  async function revoke(token: Token) {
    setRevoking(token.id);
    setRevokeError(null);
    try {
      await call(
        api.DELETE("/api/v1/me/tokens/{token_id}", { params: { path: { token_id: token.id } } }),
      );
      queryClient.setQueryData<Token[]>(tokensQuery().queryKey, (current) =>
        current?.filter((item) => item.id !== token.id),
      );
      onRevoked(token.id);
    } catch (caught) {
      setRevokeError(caught);
    } finally {
      setRevoking(null);
    }
  }

  return (
    <>
      <ErrorMessage error={revokeError ?? error} />
      {!tokens && !error && <Loading what="Loading your tokens" />}
      {tokens?.length === 0 && <Empty>You have no tokens.</Empty>}
      {tokens && tokens.length > 0 && (
        <ul className="card-list token-list" aria-label="Your tokens">
          {tokens.map((token) => (
            <li key={token.id} className="card token-card">
              <div>
                <p className="token-name">{token.name}</p>
                <p className="meta">
                  Scopes: {token.scopes.join(", ")} · created{" "}
                  <time dateTime={token.created_at} title={fullDate(token.created_at)}>
                    {timeAgo(token.created_at)}
                  </time>{" "}
                  ·{" "}
                  {token.last_used_at ? (
                    <>
                      last used{" "}
                      <time dateTime={token.last_used_at} title={fullDate(token.last_used_at)}>
                        {timeAgo(token.last_used_at)}
                      </time>
                    </>
                  ) : (
                    "never used"
                  )}
                </p>
              </div>
              <button
                type="button"
                className="secondary danger-text"
                disabled={revoking === token.id}
                onClick={() => void revoke(token)}
                aria-label={`Revoke token ${token.name}`}
              >
                {revoking === token.id ? "Revoking…" : "Revoke"}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
