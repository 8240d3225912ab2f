-- Cities and districts: reference data the health commission maintains. Seeded with the places whose policy
-- texts this platform implements (../shared/seeds). Populations are the 2020 census figures, rounded; health staff
-- correct them through the API.
CREATE TABLE cities (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name text NOT NULL
);

CREATE TABLE districts (
    code       text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name       text NOT NULL,
    city_code  text NOT NULL REFERENCES cities (code),
    population integer CHECK (population IS NULL OR population > 0),
    updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO cities (code, name) VALUES
    ('410300', '洛阳市'),
    ('370400', '枣庄市'),
    ('320600', '南通市'),
    ('420300', '十堰市');

INSERT INTO districts (code, name, city_code, population) VALUES
    ('410302', '瀍河回族区', '410300', 178000),
    ('410303', '西工区', '410300', 408000),
    ('370402', '市中区', '370400', 595000),
    ('320614', '海门区', '320600', 997000),
    ('420302', '茅箭区', '420300', 515000),
    ('420303', '张湾区', '420300', 541000);
