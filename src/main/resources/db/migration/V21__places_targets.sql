-- Targets for childcare places per 1,000 residents (千人托位数), as the districts' plans set them.
-- Data, not code: a district without a published target has no row.
CREATE TABLE places_targets (
    district_code      text NOT NULL REFERENCES districts (code),
    target_year        integer NOT NULL CHECK (target_year BETWEEN 2000 AND 2100),
    places_per_thousand numeric(5, 2) NOT NULL CHECK (places_per_thousand > 0),
    source             text NOT NULL,
    PRIMARY KEY (district_code, target_year)
);

INSERT INTO places_targets (district_code, target_year, places_per_thousand, source) VALUES
    ('410302', 2021, 1.47, '瀍政办〔2022〕15号《瀍河回族区促进3岁以下婴幼儿照护服务发展实施方案》一、目标要求'),
    ('410302', 2025, 6.26, '瀍政办〔2022〕15号《瀍河回族区促进3岁以下婴幼儿照护服务发展实施方案》一、目标要求'),
    ('410303', 2025, 4.10, '《西工区促进3岁以下婴幼儿照护服务发展实施方案（征求意见稿）》一、目标要求'),
    ('320614', 2025, 4.50, '海政办发〔2021〕64号《海门区促进0-3岁婴幼儿照护服务发展的实施方案》二、工作目标');
