// The translated-text search on the PostgreSQL server too (the "api (postgres)" project runs *.pg-test.ts).
import "./translated-search.test.ts";
