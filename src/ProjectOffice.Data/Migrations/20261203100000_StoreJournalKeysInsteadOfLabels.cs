using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <summary>
    /// Journal rows stored Russian labels («Контрольное событие», «Фактическая дата»); they now store the entity's
    /// type name and the property's name, translated on display. Rewrites the rows written the old way (a data
    /// change only: the model is the same). The journal is append-only, so its trigger is off for these two updates.
    /// Practice rows keep their fields: those are the captions of the practice's sections, not properties.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261203100000_StoreJournalKeysInsteadOfLabels")]
    public partial class StoreJournalKeysInsteadOfLabels : Migration
    {
        /// <summary>(label, key) of every journalled entity as rows stored it before and after this migration.</summary>
        private const string EntityPairs = """
            ('Проект', 'Project'),
            ('Участник', 'ProjectMember'),
            ('Группа участников', 'ParticipantGroup'),
            ('Этап', 'Stage'),
            ('Задача', 'ProjectTask'),
            ('Результат', 'ProjectResult'),
            ('Пункт списка', 'ProjectListItem'),
            ('Показатель', 'Indicator'),
            ('Значение показателя', 'IndicatorValue'),
            ('Факт показателя', 'IndicatorActual'),
            ('Показатель по организации', 'IndicatorBreakdown'),
            ('Значение по организации', 'IndicatorBreakdownValue'),
            ('Строка бюджета', 'BudgetItem'),
            ('Сумма бюджета', 'BudgetAmount'),
            ('Раздел материалов', 'ProjectSection'),
            ('Подпись формы', 'FormSignature'),
            ('Настройки формы', 'ProjectForm'),
            ('Пункт плана', 'PlanItem'),
            ('Контрольное событие', 'ControlEvent'),
            ('Ответственный', 'Responsible'),
            ('Подтверждающий файл', 'EvidenceFile'),
            ('Сноска', 'Footnote'),
            ('Решение', 'ApprovalDecision'),
            ('Версия паспорта', 'ProjectVersion'),
            ('Практика', 'Practice')
            """;

        /// <summary>(label, key) of the fields that had a label; «Должность» was Position (members) and PositionText (signatures, responsibles).</summary>
        private const string FieldPairs = """
            ('Наименование', 'Name'),
            ('Краткое наименование', 'ShortName'),
            ('Заголовок', 'Title'),
            ('Текст', 'Text'),
            ('Дата начала', 'StartDate'),
            ('Дата окончания', 'EndDate'),
            ('Статус', 'Status'),
            ('Цель', 'Goal'),
            ('Плановая дата', 'PlannedDate'),
            ('Фактическая дата', 'DoneOn'),
            ('Комментарий', 'Comment'),
            ('Причина отмены', 'CancelReason'),
            ('Плановое значение', 'PlannedText'),
            ('Должность', 'Position'),
            ('Порядок', 'SortOrder'),
            ('Человек', 'PersonId'),
            ('Доложено о завершении', 'ReportedAt'),
            ('Закрыт', 'ClosedAt'),
            ('Этап', 'StageId'),
            ('Пункт плана', 'PlanItemId'),
            ('Организация', 'OrganisationText'),
            ('Имя', 'NameText'),
            ('Дата', 'Date'),
            ('Дата (как напечатано)', 'DateText'),
            ('Файл', 'FileName')
            """;

        /// <summary>The rewrite, public so a test can replay it over rows written the old way; rows with keys are left alone.</summary>
        public const string UpSql = $$"""
            ALTER TABLE "Journal" DISABLE TRIGGER journal_append_only;
            UPDATE "Journal" AS j
            SET "Field" = CASE WHEN j."Field" = 'Должность' AND j."EntityType" IN ('Подпись формы', 'Ответственный') THEN 'PositionText' ELSE m.key END
            FROM (VALUES
            {{FieldPairs}}
            ) AS m(label, key)
            WHERE j."Field" = m.label AND j."EntityType" NOT IN ('Практика', 'Practice');
            UPDATE "Journal" AS j
            SET "EntityType" = m.key
            FROM (VALUES
            {{EntityPairs}}
            ) AS m(label, key)
            WHERE j."EntityType" = m.label;
            ALTER TABLE "Journal" ENABLE TRIGGER journal_append_only;
            """;

        private const string DownSql = $$"""
            ALTER TABLE "Journal" DISABLE TRIGGER journal_append_only;
            UPDATE "Journal" AS j
            SET "EntityType" = m.label
            FROM (VALUES
            {{EntityPairs}}
            ) AS m(label, key)
            WHERE j."EntityType" = m.key;
            UPDATE "Journal" AS j
            SET "Field" = m.label
            FROM (VALUES
            {{FieldPairs}},
            ('Должность', 'PositionText')
            ) AS m(label, key)
            WHERE j."Field" = m.key AND j."EntityType" <> 'Практика';
            ALTER TABLE "Journal" ENABLE TRIGGER journal_append_only;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);
    }
}
