// Placeholder until this screen is built.
export function ThreadPage() {
  return <h1>ThreadPage</h1>;
}
