-- Indexes the roster pages need once a district has a million children and tens of thousands of visits (measured
-- by the scale run of `mvn -Pbench verify`, docs/benchmarks.md).

-- The due list walks the district's children youngest first and stops when a page is full: without this index
-- PostgreSQL scans and sorts every child of the district (about 1 s at 1,000,000 children; 2 ms with it).
CREATE INDEX children_district_youngest ON children (district_code, birth_date DESC, id) WHERE anonymised_at IS NULL;

-- The roster's page order (scheduled time, nulls last, then request time): a page is read in index order.
CREATE INDEX home_visits_roster_page ON home_visits (district_code, scheduled_start, requested_at, id);
