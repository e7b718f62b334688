// Placeholder until this screen is built.
export function QueuePage() {
  return <h1>QueuePage</h1>;
}
