// Placeholder until this screen is built.
export function NewThreadPage() {
  return <h1>NewThreadPage</h1>;
}
