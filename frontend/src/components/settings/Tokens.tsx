// Personal access tokens: the one just created (shown once), your tokens, and a new one.
import { useId, useState } from "react";

import type { Schemas } from "../../api/client";
import { CreateTokenForm } from "./CreateTokenForm";
import { NewTokenNotice } from "./NewTokenNotice";
import { TokenList } from "./TokenList";

export function Tokens() {
  const id = useId();
  const [created, setCreated] = useState<Schemas["TokenCreated"] | null>(null);

  return (
    <section aria-labelledby="tokens-title" className="settings-section">
      <h2 id="tokens-title">Personal access tokens</h2>
      <p className="hint">
        A token lets an app or script use Village as you, with only the scopes you choose. Treat
        it like a password, and revoke it when you no longer use it.
      </p>
      {created && (
        <NewTokenNotice key={created.id} token={created} onDone={() => setCreated(null)} />
      )}
      <TokenList
        onRevoked={(tokenId) => {
          if (created?.id === tokenId) setCreated(null);
        }}
      />
      <h3 id={`${id}-create-title`}>Create a token</h3>
      <CreateTokenForm labelledBy={`${id}-create-title`} onCreated={setCreated} />
    </section>
  );
}
