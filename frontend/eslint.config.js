import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "src/api/schema.d.ts", ".schema-check.d.ts"] },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The only HTML the app inserts is what the server rendered and sanitised: a post's
      // body_html, a category's description_html, the composer's preview (POST /render), and a
      // search result's snippet_html (escaped text with <mark> around the matches).
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "JSXAttribute[name.name='dangerouslySetInnerHTML'] Property[key.name='__html']" +
            ":not([value.property.name=/^(body_html|description_html|snippet_html)$/])" +
            ":not([value.object.name='preview'][value.property.name='html'])",
          message:
            "Insert only server-sanitised HTML: body_html, description_html, snippet_html or the preview's html.",
        },
      ],
    },
  },
);
