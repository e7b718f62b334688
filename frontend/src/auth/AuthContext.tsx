// Who is signed in, and the actions that change it.
import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";

import { api, call, onProblem, type Schemas } from "../api/client";
import { forgetThisDevice } from "./deviceStorage";
import { loadTokens, onTokensChange, saveTokens } from "./session";

export type Me = Schemas["MeRead"];

interface AuthState {
  me: Me | null;
  loading: boolean;
  isModerator: boolean;
  isAdmin: boolean;
  signIn(login: string, password: string): Promise<void>;
  signUp(input: Schemas["RegisterRequest"]): Promise<void>;
  signOut(): Promise<void>;
  /** After the account is gone (DELETE /me): forget the session and this device's keys. */
  forgetAccount(): void;
  /** Carries on with a fresh pair (after a password change revoked every other session). */
  adoptTokens(tokens: Schemas["TokenPair"]): void;
  refreshMe(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

async function fetchMe(): Promise<Me | null> {
  try {
    return await call(api.GET("/api/v1/me"));
  } catch {
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(() => loadTokens() !== null);

  const refreshMe = useCallback(async () => {
    const current = loadTokens() ? await fetchMe() : null;
    setMe(current);
    setLoading(false);
  }, []);

  useEffect(() => {
    let active = true;
    if (loadTokens()) {
      void fetchMe().then((current) => {
        if (!active) return;
        setMe(current);
        setLoading(false);
      });
    }
    const unsubscribe = onTokensChange((tokens) => {
      if (!tokens) setMe(null);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  const signIn = useCallback(
    async (login: string, password: string) => {
      const tokens = await call(
        api.POST("/api/v1/auth/token", {
          body: { username: login, password, grant_type: "password", scope: "" },
          bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        }),
      );
      saveTokens({ access_token: tokens.access_token, refresh_token: tokens.refresh_token });
      await refreshMe();
    },
    [refreshMe],
  );

  const signUp = useCallback(
    async (input: Schemas["RegisterRequest"]) => {
      await call(api.POST("/api/v1/auth/register", { body: input }));
      await signIn(input.username, input.password);
    },
    [signIn],
  );

  const signOut = useCallback(async () => {
    const tokens = loadTokens();
    saveTokens(null);
    forgetThisDevice();
    if (tokens) {
      await api.POST("/api/v1/auth/logout", { body: { refresh_token: tokens.refresh_token } });
    }
  }, []);

  const forgetAccount = useCallback(() => {
    saveTokens(null);
    forgetThisDevice();
  }, []);

  const adoptTokens = useCallback((tokens: Schemas["TokenPair"]) => {
    saveTokens({ access_token: tokens.access_token, refresh_token: tokens.refresh_token });
  }, []);

  // Suspended while the page was open (the server refused a write): read who we are again,
  // so the notice with its reason and end shows above every screen.
  useEffect(
    () =>
      onProblem((problem) => {
        if (problem.type === "/problems/suspended" && loadTokens()) void refreshMe();
      }),
    [refreshMe],
  );

  useForgetOnViewerChange(me, loading);

  const value = useMemo<AuthState>(
    () => ({
      me,
      loading,
      isModerator: me?.role === "moderator" || me?.role === "admin",
      isAdmin: me?.role === "admin",
      signIn,
      signUp,
      signOut,
      forgetAccount,
      adoptTokens,
      refreshMe,
    }),
    [me, loading, signIn, signUp, signOut, forgetAccount, adoptTokens, refreshMe],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/**
 * When someone signs in or out, what the cache holds was read as someone else (a hidden
 * post's body its author may see, a moderator's queue): every query is reset, and the
 * screens on show read again as the new viewer.
 */
function useForgetOnViewerChange(me: Me | null, loading: boolean) {
  const queryClient = useQueryClient();
  const viewer = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    if (loading) return;
    const current = me?.id ?? null;
    if (viewer.current !== undefined && viewer.current !== current) void queryClient.resetQueries();
    viewer.current = current;
  }, [me, loading, queryClient]);
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}
