// Placeholder until this screen is built.
export function CategoriesAdminPage() {
  return <h1>CategoriesAdminPage</h1>;
}
