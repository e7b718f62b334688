// Placeholder until this screen is built.
export function UserPage() {
  return <h1>UserPage</h1>;
}
