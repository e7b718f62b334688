"""Load benchmark, its dataset seeder and the ceiling app (see bench/README.md)."""
