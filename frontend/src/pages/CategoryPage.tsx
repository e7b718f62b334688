// Placeholder until this screen is built.
export function CategoryPage() {
  return <h1>CategoryPage</h1>;
}
