-- Grows the database to a region's size by SQL (scripts/seed-scale.sh runs it; not a migration, not for production).
-- psql variables: missing (projects to add), big (1 = the first added project gets a 1,000-item plan led by the demo
-- «leader», named «Масштаб: план на 1000 пунктов»). Ids are computed here (the identity columns accept them) and the
-- sequences are moved past them at the end, so that every table is filled by one INSERT … SELECT.
\set ON_ERROR_STOP 1
BEGIN;
SELECT setseed(0.19);

SELECT coalesce(max("Id"), 0) AS pbase FROM "Projects" \gset
SELECT coalesce(max("Id"), 0) AS sbase FROM "Stages" \gset
SELECT coalesce(max("Id"), 0) AS ibase FROM "PlanItems" \gset
SELECT coalesce(max("Id"), 0) AS ebase FROM "ControlEvents" \gset
SELECT coalesce(max("Id"), 0) AS bbase FROM "BudgetItems" \gset
SELECT coalesce(max("Id"), 0) AS xbase FROM "Indicators" \gset
SELECT coalesce(max("Id"), 0) AS mbase FROM "People" \gset
SELECT count(*) AS scale_people FROM "People" WHERE "Position" LIKE 'Масштаб:%' \gset

-- Word lists sized like the seeds' texts: project names of 40–120 characters, events of 100–250, positions of 60–150.
CREATE TEMP TABLE words ON COMMIT DROP AS SELECT
  ARRAY['Развитие','Модернизация','Создание','Благоустройство','Обновление','Цифровизация','Поддержка','Формирование',
        'Строительство','Реконструкция','Повышение доступности','Организация'] AS verbs,
  ARRAY['сети детских технопарков','инфраструктуры дополнительного образования','общественных пространств',
        'системы наставничества','школьных спортивных клубов','муниципальных библиотек','дворовых территорий',
        'центров культурного развития','системы поддержки малого предпринимательства','сети центров «Точка роста»',
        'транспортной доступности сельских поселений','системы ранней профориентации школьников'] AS objects,
  ARRAY['Омского муниципального района','города Саянска','Тарского района','Исилькульского городского поселения',
        'Калачинского района','Называевского района','города Тюкалинска','Любинского района','Марьяновского района',
        'Кормиловского района','Черлакского района','Азовского немецкого национального района'] AS places,
  ARRAY['Организация и проведение','Подготовка и утверждение','Разработка и согласование','Проведение конкурсного отбора на',
        'Закупка оборудования для','Мониторинг исполнения','Информационное сопровождение','Обучение педагогических работников для',
        'Заключение соглашений о','Приемка работ по'] AS actions,
  ARRAY['муниципальной программы развития дополнительного образования детей',
        'плана мероприятий по созданию новых мест в образовательных организациях',
        'конкурса на предоставление грантов некоммерческим организациям',
        'проектно-сметной документации на капитальный ремонт',
        'сетевых образовательных программ естественнонаучной направленности',
        'методических рекомендаций для руководителей образовательных организаций',
        'муниципального этапа всероссийской олимпиады школьников',
        'отчета о достижении значений показателей проекта'] AS subjects,
  ARRAY['с участием образовательных организаций города','в соответствии с паспортом проекта',
        'силами подведомственных учреждений','с привлечением внебюджетных источников','по итогам квартала',''] AS tails,
  ARRAY['Иванова','Петров','Смирнова','Кузнецов','Попова','Соколов','Лебедева','Козлов','Новикова','Морозов',
        'Волкова','Алексеев','Федорова','Яковлев','Михайлова','Орлов'] AS surnames,
  ARRAY['Анна','Иван','Мария','Олег','Елена','Павел','Ольга','Сергей'] AS names,
  ARRAY['Сергеевна','Петрович','Игоревна','Андреевич','Викторовна','Николаевич'] AS patronymics;

-- 2,000 people once: 500 leaders, 200 curators, the rest executors.
INSERT INTO "People" ("Id", "FullName", "Position", "OrganisationId")
SELECT :mbase + g,
       w.surnames[1 + g % 16] || ' ' || w.names[1 + g % 8] || ' ' || w.patronymics[1 + g % 6],
       'Масштаб: ' || CASE WHEN g <= 500 THEN 'руководитель' WHEN g <= 700 THEN 'куратор' ELSE 'исполнитель' END
           || ', начальник отдела ' || w.objects[1 + g % 12] || ' администрации ' || w.places[1 + g % 12],
       (SELECT "Id" FROM "Organisations" ORDER BY "Id" OFFSET g % greatest(1, (SELECT count(*) FROM "Organisations")) LIMIT 1)
FROM generate_series(1, 2000) g, words w
WHERE :scale_people = 0;
SELECT setval(pg_get_serial_sequence('"People"', 'Id'), (SELECT max("Id") FROM "People"));

CREATE TEMP TABLE pool ON COMMIT DROP AS SELECT
  (SELECT array_agg("Id" ORDER BY "Id") FROM "People" WHERE "Position" LIKE 'Масштаб: руководитель%') AS leaders,
  (SELECT array_agg("Id" ORDER BY "Id") FROM "People" WHERE "Position" LIKE 'Масштаб: куратор%') AS curators,
  (SELECT array_agg("Id" ORDER BY "Id") FROM "People" WHERE "Position" LIKE 'Масштаб: исполнитель%') AS executors,
  (SELECT p."Id" FROM "People" p JOIN "AspNetUsers" u ON u."Id" = p."UserId" WHERE u."UserName" = 'leader') AS demo_leader;

-- The projects to add: plan sizes from 20 to 1,000 items, most of them small (mean ≈ 100).
CREATE TEMP TABLE sp ON COMMIT DROP AS
SELECT g, :pbase + g AS id, size, nst, (sum(size) OVER (ORDER BY g) - size)::int AS off, start_date, days, status
FROM (
    SELECT g,
           CASE WHEN g = 1 AND :big = 1 THEN 1000 ELSE 20 + floor(980 * power(random(), 11))::int END AS size,
           CASE WHEN g = 1 AND :big = 1 THEN 20 ELSE 3 + g % 4 END AS nst,
           current_date - 1000 + (random() * 1100)::int AS start_date,
           365 + (random() * 730)::int AS days,
           -- draft 40 %, in agreement 10 %, in approval 10 %, approved 35 %, completed 5 %
           CASE WHEN g % 20 < 8 THEN 1 WHEN g % 20 < 10 THEN 2 WHEN g % 20 < 12 THEN 3 WHEN g % 20 < 19 THEN 4 ELSE 5 END AS status
    FROM generate_series(1, :missing) g
) x;

INSERT INTO "Projects" ("Id", "Layout", "Status", "Name", "ShortName", "Level", "Goal", "Municipality", "BudgetBreakdown",
                        "StartDate", "EndDate", "UpdatedAt")
SELECT sp.id, 1, sp.status,
       CASE WHEN sp.g = 1 AND :big = 1 THEN 'Масштаб: план на 1000 пунктов'
            ELSE w.verbs[1 + sp.g % 12] || ' ' || w.objects[1 + (sp.g / 12) % 12] || ' ' || w.places[1 + (sp.g / 144) % 12]
                 || ' № ' || sp.g END,
       'Проект ' || sp.g, 3,
       'Обеспечить к ' || extract(year FROM sp.start_date + sp.days) || ' году ' || lower(w.verbs[1 + sp.g % 12]) || ' '
           || w.objects[1 + (sp.g / 12) % 12] || ', охватив не менее ' || (50 + sp.g % 70) || ' % детей и молодежи в возрасте от 5 до 18 лет, '
           || 'проживающих на территории ' || w.places[1 + (sp.g / 144) % 12] || ', программами дополнительного образования',
       w.places[1 + (sp.g / 144) % 12], 1, sp.start_date, sp.start_date + sp.days, now() - (sp.g % 500) * interval '1 hour'
FROM sp, words w;

INSERT INTO "ProjectMembers" ("ProjectId", "Role", "PersonId", "SortOrder")
SELECT sp.id, r.role,
       CASE r.role WHEN 3 THEN CASE WHEN sp.g = 1 AND :big = 1 AND pool.demo_leader IS NOT NULL THEN pool.demo_leader
                                    ELSE pool.leaders[1 + sp.g % 500] END
                   WHEN 2 THEN pool.curators[1 + sp.g % 200]
                   ELSE pool.executors[1 + sp.g % 1300] END,
       r.sort
FROM sp, pool, (VALUES (2, 0), (3, 1), (5, 2)) AS r(role, sort);

INSERT INTO "Stages" ("Id", "ProjectId", "Name", "StartDate", "EndDate", "SortOrder", "Status", "PrintedNames")
SELECT :sbase + (sp.g - 1) * 20 + s + 1, sp.id,
       (ARRAY['Подготовительный этап','Организационный этап','Основной этап','Этап внедрения','Этап тиражирования','Завершающий этап'])[1 + s % 6]
           || CASE WHEN sp.nst > 6 THEN ' ' || (s + 1) ELSE '' END,
       sp.start_date + sp.days * s / sp.nst, sp.start_date + sp.days * (s + 1) / sp.nst - 1, s, 1, '[]'
FROM sp, generate_series(0, 19) s WHERE s < sp.nst;

-- Stage rows of the plan, then its events round-robin under the stages.
INSERT INTO "PlanItems" ("Id", "ProjectId", "Kind", "SortOrder", "StageId", "ReportDates", "YearValues")
SELECT :ibase + sp.off + s + 1, sp.id, 1, s, :sbase + (sp.g - 1) * 20 + s + 1, '{}', '[]'
FROM sp, generate_series(0, 19) s WHERE s < sp.nst;

CREATE TEMP TABLE ev ON COMMIT DROP AS
SELECT sp.g, sp.id AS project_id, :ibase + sp.off + sp.nst + k + 1 AS id, :ibase + sp.off + k % sp.nst + 1 AS parent_id,
       :sbase + (sp.g - 1) * 20 + k % sp.nst + 1 AS stage_id, k, k / sp.nst AS sort,
       least(sp.start_date + sp.days * (k % sp.nst) / sp.nst + (k * 7) % greatest(1, sp.days / sp.nst),
             sp.start_date + sp.days * (k % sp.nst + 1) / sp.nst - 1) AS start_date
FROM sp, generate_series(0, 999) k WHERE k < sp.size - sp.nst;

INSERT INTO "PlanItems" ("Id", "ProjectId", "ParentId", "Kind", "SortOrder", "Name", "StartDate", "EndDate", "ReportDates",
                         "IndicatorName", "IndicatorUnit", "PlannedValueText", "PlannedValue", "DocumentType", "YearValues")
SELECT ev.id, ev.project_id, ev.parent_id, 4, ev.sort,
       w.actions[1 + ev.k % 10] || ' ' || w.subjects[1 + (ev.k / 10 + ev.g) % 8] || ' ' || w.tails[1 + ev.k % 6],
       ev.start_date, ev.start_date + 10 + ev.k % 30, '{}',
       CASE WHEN ev.k % 3 = 0 THEN 'Количество образовательных организаций, участвующих в мероприятии' END,
       CASE WHEN ev.k % 3 = 0 THEN 'ед.' END,
       CASE WHEN ev.k % 3 = 0 THEN 'Не менее ' || (1 + ev.k % 9) END,
       CASE WHEN ev.k % 3 = 0 THEN 1 + ev.k % 9 END,
       CASE WHEN ev.k % 4 = 0 THEN 'Приказ департамента образования' WHEN ev.k % 4 = 1 THEN 'Отчет' END,
       '[]'
FROM ev, words w;

INSERT INTO "Responsibles" ("PlanItemId", "PersonId", "PositionText", "SortOrder")
SELECT ev.id, pool.executors[1 + (ev.id * 7) % 1300], 'главный специалист отдела дополнительного образования', 0
FROM ev, pool;

-- Every fifth event has a control event: a fifth of those take name and date from the event (linked), the rest
-- carry their own. Past ones are mostly done (some within the last two weeks), a few cancelled.
CREATE TEMP TABLE ce ON COMMIT DROP AS
SELECT :ebase + row_number() OVER (ORDER BY ev.id) AS ce_id, ev.id AS item_id, ev.g, ev.project_id, ev.stage_id, ev.k,
       ev.start_date + 10 + ev.k % 30 AS end_date,
       (row_number() OVER (PARTITION BY ev.project_id ORDER BY ev.id) - 1)::int AS sort,
       (ev.id * 37) % 100 AS h
FROM ev WHERE ev.k % 5 = 0;

INSERT INTO "ControlEvents" ("Id", "ProjectId", "PlanItemId", "StageId", "Name", "PlannedDate", "SortOrder", "Status",
                             "DoneOn", "MarkedAt", "Comment", "CancelReason")
SELECT ce.ce_id, ce.project_id, ce.item_id, ce.stage_id,
       CASE WHEN ce.k % 25 <> 0 THEN 'Подтверждено: ' || lower(w.actions[1 + ce.k % 10]) || ' ' || w.subjects[1 + (ce.k / 10 + ce.g) % 8] END,
       CASE WHEN ce.k % 25 <> 0 THEN ce.end_date END,
       ce.sort, st.status,
       CASE WHEN st.status = 2 THEN st.done_on END,
       CASE WHEN st.status = 2 THEN (st.done_on + time '15:30') AT TIME ZONE 'UTC' END,
       CASE WHEN st.status = 2 THEN 'Выполнено в срок, отчет размещен в системе' END,
       CASE WHEN st.status = 3 THEN 'Перенесено решением куратора проекта' END
FROM ce CROSS JOIN words w
CROSS JOIN LATERAL (SELECT CASE WHEN ce.end_date < current_date AND ce.h < 80 THEN 2
                                WHEN ce.end_date < current_date AND ce.h < 84 THEN 3 ELSE 1 END AS status,
                           least(ce.end_date + ce.h % 5, current_date) AS done_on) st;

-- Events with their own name have their own executor; linked ones take the event's.
INSERT INTO "Responsibles" ("ControlEventId", "PersonId", "SortOrder")
SELECT ce.ce_id, pool.executors[1 + (ce.ce_id * 11) % 1300], 0 FROM ce, pool WHERE ce.k % 25 <> 0;

-- Budget: a row per stage with four funding sources; indicators with three planned years and actuals for past years.
INSERT INTO "BudgetItems" ("Id", "ProjectId", "StageId", "SortOrder")
SELECT :bbase + (sp.g - 1) * 20 + s + 1, sp.id, :sbase + (sp.g - 1) * 20 + s + 1, s
FROM sp, generate_series(0, 19) s WHERE s < sp.nst;

INSERT INTO "BudgetAmounts" ("BudgetItemId", "FundingSourceId", "Text", "Value", "SortOrder")
SELECT b."Id", f."Id", CASE WHEN v = 0 THEN '-' ELSE to_char(v, 'FM999G999G990D0') END, nullif(v, 0), 0
FROM "BudgetItems" b
JOIN sp ON sp.id = b."ProjectId"
CROSS JOIN (SELECT "Id" FROM "FundingSources" WHERE NOT "IsArchived" ORDER BY "SortOrder" LIMIT 4) f
CROSS JOIN LATERAL (SELECT ((b."Id" * 13 + f."Id" * 7) % 9) * 125.5 AS v) amount;

INSERT INTO "Indicators" ("Id", "ProjectId", "Name", "Unit", "UnitInName", "Type", "BaselineText", "Baseline", "BaselineDate",
                          "SortOrder", "MethodFormula", "DataSource", "Collector", "Periodicity", "PrintedNames")
SELECT :xbase + (sp.g - 1) * 3 + i + 1, sp.id,
       (ARRAY['Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием',
              'Число участников мероприятий проекта, нарастающим итогом',
              'Количество созданных новых мест в образовательных организациях'])[i + 1],
       (ARRAY['%','человек','ед.'])[i + 1], false, 1, (10 * (i + 1))::text, 10 * (i + 1), sp.start_date, i,
       'Отношение численности участников к общей численности детей соответствующего возраста, умноженное на 100',
       'Отчет образовательных учреждений', 'Управление образования', '1 раз в год, 30 марта года, следующего за отчетным', '[]'
FROM sp, generate_series(0, 2) i;

INSERT INTO "IndicatorValues" ("IndicatorId", "Year", "PlannedText", "Planned")
SELECT x."Id", extract(year FROM sp.start_date)::int + y, (x."Baseline" + 5 * (y + 1))::int::text, x."Baseline" + 5 * (y + 1)
FROM "Indicators" x JOIN sp ON sp.id = x."ProjectId", generate_series(0, 2) y;

INSERT INTO "IndicatorActuals" ("IndicatorId", "Year", "PeriodText", "ValueText", "Value", "ReportedOn", "Comment")
SELECT x."Id", extract(year FROM sp.start_date)::int + y, 'за ' || (extract(year FROM sp.start_date)::int + y) || ' год',
       (x."Baseline" + 4 * (y + 1))::int::text, x."Baseline" + 4 * (y + 1), make_date(extract(year FROM sp.start_date)::int + y + 1, 3, 30),
       'По данным формы 1-ДОП'
FROM "Indicators" x JOIN sp ON sp.id = x."ProjectId", generate_series(0, 2) y
WHERE make_date(extract(year FROM sp.start_date)::int + y + 1, 3, 30) <= current_date;

-- Journal: the creation and twenty edits per project, like a few months of work.
INSERT INTO "Journal" ("ProjectId", "At", "UserName", "Action", "EntityType", "EntityId", "Field", "OldValue", "NewValue")
SELECT sp.id, now() - (sp.g % 300) * interval '1 day' + j * interval '3 hours', 'Масштаб: загрузка',
       CASE WHEN j = 0 THEN 1 ELSE 2 END,
       CASE WHEN j = 0 THEN 'Проект' ELSE 'Мероприятие' END, (sp.id)::text,
       CASE WHEN j = 0 THEN NULL ELSE 'Срок окончания' END,
       CASE WHEN j = 0 THEN NULL ELSE to_char(sp.start_date + j * 10, 'DD.MM.YYYY') END,
       CASE WHEN j = 0 THEN 'Проект ' || sp.g ELSE to_char(sp.start_date + j * 10 + 7, 'DD.MM.YYYY') END
FROM sp, generate_series(0, 20) j;

SELECT setval(pg_get_serial_sequence('"Projects"', 'Id'), (SELECT max("Id") FROM "Projects"));
SELECT setval(pg_get_serial_sequence('"Stages"', 'Id'), (SELECT max("Id") FROM "Stages"));
SELECT setval(pg_get_serial_sequence('"PlanItems"', 'Id'), (SELECT max("Id") FROM "PlanItems"));
SELECT setval(pg_get_serial_sequence('"ControlEvents"', 'Id'), (SELECT max("Id") FROM "ControlEvents"));
SELECT setval(pg_get_serial_sequence('"BudgetItems"', 'Id'), (SELECT max("Id") FROM "BudgetItems"));
SELECT setval(pg_get_serial_sequence('"Indicators"', 'Id'), (SELECT max("Id") FROM "Indicators"));
COMMIT;
