// The admin app's entry (index.html loads it): Shoelace, then the app shell; pages load lazily.
import "./app/shoelace.ts";
import "./styles/admin.css";
import "./app/admin-app.ts";
