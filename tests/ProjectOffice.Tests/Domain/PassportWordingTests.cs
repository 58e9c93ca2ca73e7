using System.Reflection;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Domain;

/// <summary>
/// The passport's wording lives in Domain once: its captions (<see cref="PassportCaptions"/>) are typed nowhere else
/// in the sources, and a stage is headed by one rule (<see cref="StageHeading"/>).
/// </summary>
public sealed class PassportWordingTests
{
    // Short captions («Дата», «Значение», «№ п/п») are ordinary words of many tables; the passport's own are longer.
    private const int DistinctiveLength = 16;

    public static TheoryData<string> Captions() => new(CaptionList());

    private static List<string> CaptionList() =>
        typeof(PassportCaptions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => f.GetRawConstantValue())
            .OfType<string>()
            .Where(caption => caption.Length >= DistinctiveLength)
            .ToList();

    [Theory]
    [MemberData(nameof(Captions))]
    public void A_passport_caption_is_defined_once(string caption)
    {
        var copies = SourceTree.Files()
            .Where(file => Path.GetFileName(file) != nameof(PassportCaptions) + ".cs")
            .Where(file =>
            {
                var text = File.ReadAllText(file);
                return text.Contains('"' + caption + '"', StringComparison.Ordinal) || text.Contains('>' + caption + '<', StringComparison.Ordinal);
            })
            .Select(file => Path.GetRelativePath(SourceTree.Root, file))
            .ToList();

        Assert.True(copies.Count == 0, $"«{caption}» is typed again in {string.Join(", ", copies)}: take it from PassportCaptions.");
    }

    [Fact]
    public void The_caption_check_sees_the_captions_the_forms_use()
    {
        // Guards the check above against scanning nothing: the form's builder does use the captions.
        var builder = SourceTree.Files().Single(f => Path.GetFileName(f) == "PassportFormQuery.cs");

        Assert.Contains("PassportCaptions.Executors", File.ReadAllText(builder), StringComparison.Ordinal);
        Assert.Contains(PassportCaptions.Executors, CaptionList());
    }

    [Fact]
    public void A_stage_is_headed_in_the_wording_of_the_first_form_that_has_one()
    {
        var stage = new Stage
        {
            Name = "Основной",
            PrintedNames = [new TextVariant { Form = FormKind.Passport, Text = "Основной. Реализация" }],
        };

        Assert.Equal("2 этап. Основной. Реализация", StageHeading.Title(1, stage, FormKind.PassportBudget, FormKind.Passport));
        Assert.Equal("2 этап. Основной", StageHeading.Title(1, stage, FormKind.Budget));
        Assert.Equal("1 этап. Основной (01.09.2020 – 31.12.2021)",
            StageHeading.WithPeriod(StageHeading.Number(0), "Основной", new DateOnly(2020, 9, 1), new DateOnly(2021, 12, 31)));
    }

    [Fact]
    public void An_executor_is_worded_in_the_name_and_position_given_at_this_place()
    {
        var person = new Person { Id = 7, FullName = "Романькова Наталья Владимировна", Position = "методист" };
        var named = new Responsible { PersonId = 7, Person = person, NameText = "Романькова Н.В.", SortOrder = 1 };
        var own = new Responsible { PersonId = 7, Person = person, PositionText = "руководитель проектного офиса", SortOrder = 2 };

        Assert.Equal("Романькова Н.В., методист; Романькова Наталья Владимировна, руководитель проектного офиса", ExecutorLine.Join([own, named]));
        Assert.Equal("Управление образования, МОУ ДПО ЦРО",
            ExecutorLine.Join([new Responsible { Text = "Управление образования" }, new Responsible { Text = "МОУ ДПО ЦРО", SortOrder = 1 }]));
        Assert.Equal("Романькова Н.В.", ExecutorLine.Of("Романькова Н.В.", " ", null));
    }

    [Fact]
    public void A_control_level_prints_its_letters_or_the_label_the_paper_had()
    {
        Assert.Equal("КП", ProjectOffice.Forms.Plan.PlanPrinting.ControlLevel(ControlLevel.Curator, null));
        Assert.Equal("К", ProjectOffice.Forms.Plan.PlanPrinting.ControlLevel(ControlLevel.Curator, "К"));
        Assert.Equal(PlanShape.ControlLevelLabel(ControlLevel.Administrator), ProjectOffice.Forms.Plan.PlanPrinting.ControlLevel(ControlLevel.Administrator, null));
    }

    [Fact]
    public void Approval_keeps_the_wording_of_a_block_that_names_the_signer_and_sets_the_date()
    {
        var block = new FormSignature
        {
            Form = FormKind.Passport, Kind = SignatureKind.Approved, PersonId = 5, PositionText = "Директор",
            OrganisationText = "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", NameText = "В.В. Шестаков", DateText = "« 30 » 2020 года",
        };

        SignatureFill.Fill(block, 5, "Шестаков Владимир Викторович", "Директор БОУ ДО г. Омска «ЦТРИГО «Перспектива»", "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", new DateOnly(2026, 12, 3));

        Assert.Equal(("Директор", "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", "В.В. Шестаков"), (block.PositionText, block.OrganisationText, block.NameText));
        Assert.Equal(("«03» декабря 2026 года", new DateOnly(2026, 12, 3)), (block.DateText, block.Date));
    }

    [Fact]
    public void Approval_writes_another_signer_in_the_style_of_the_block()
    {
        var block = new FormSignature
        {
            Form = FormKind.Passport, Kind = SignatureKind.Agreed, PersonId = 1, PositionText = "Руководитель Проектного офиса",
            OrganisationText = "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", NameText = "Романькова Наталья Владимировна", DateText = "2019 г.",
        };

        SignatureFill.Fill(block, 2, "Лобова Татьяна Сергеевна", "Методист БОУ ДО г. Омска «ЦТРИГО «Перспектива»", "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", new DateOnly(2026, 12, 3));

        // Organisation once, on its own line; a full name where the form had one; the year with «г.» as the block had it.
        Assert.Equal(("Методист", "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", "Лобова Татьяна Сергеевна", 2),
            (block.PositionText, block.OrganisationText, block.NameText, block.PersonId));
        Assert.Equal("«03» декабря 2026 г.", block.DateText);
        Assert.Equal("Лобова Т.С.", SignatureFill.NameInStyle("Лобова Татьяна Сергеевна", "Шестаков В.В."));
        Assert.Equal("Т.С. Лобова", SignatureFill.NameInStyle("Лобова Татьяна Сергеевна", "В.В. Шестаков"));
        Assert.Equal("Т.С. Лобова", SignatureFill.NameInStyle("Лобова Татьяна Сергеевна", null));
    }

    [Fact]
    public void Approval_fills_the_block_after_the_leaders_signature_before_the_one_above_the_title()
    {
        FormSignature[] blocks =
        [
            new() { Id = 1, Form = FormKind.Passport, Kind = SignatureKind.Approved, AtTop = true, SortOrder = 1 },
            new() { Id = 2, Form = FormKind.Passport, Kind = SignatureKind.LeaderSignature, AtTop = false, SortOrder = 2 },
            new() { Id = 3, Form = FormKind.Passport, Kind = SignatureKind.Approved, AtTop = false, SortOrder = 4 },
            new() { Id = 4, Form = FormKind.Budget, Kind = SignatureKind.Approved, AtTop = false, SortOrder = 0 },
        ];

        Assert.Equal(3, SignatureFill.Block(blocks, SignatureKind.Approved)!.Id);
        Assert.Equal(1, SignatureFill.Block(blocks.Where(b => b.Id != 3), SignatureKind.Approved)!.Id);
        Assert.Null(SignatureFill.Block(blocks, SignatureKind.Agreed));
    }

    [Fact]
    public void Two_blocks_of_one_kind_say_which_was_signed_in_the_portal_only_once_it_was()
    {
        var paper = new FormSignature { Id = 1, Form = FormKind.Passport, Kind = SignatureKind.Approved, AtTop = true, Date = new DateOnly(2020, 1, 31) };
        var leader = new FormSignature { Id = 2, Form = FormKind.Passport, Kind = SignatureKind.LeaderSignature, AtTop = false };
        var portal = new FormSignature { Id = 3, Form = FormKind.Passport, Kind = SignatureKind.Approved, AtTop = false, Date = new DateOnly(2026, 12, 3) };
        var plan = new FormSignature { Id = 4, Form = FormKind.Plan, Kind = SignatureKind.Approved, AtTop = true, Date = new DateOnly(2020, 1, 30) };
        FormSignature[] blocks = [paper, leader, portal, plan];

        Assert.Equal("(версия 2, утверждена в портале)", SignatureNote.For(portal, blocks, 2));
        Assert.Equal(SignatureNote.PaperNote, SignatureNote.For(paper, blocks, 2));
        Assert.Null(SignatureNote.For(leader, blocks, 2));
        Assert.Null(SignatureNote.For(plan, blocks, 2));

        // Never approved in the portal: the paper's two blocks print as the paper has them.
        Assert.Null(SignatureNote.For(portal, blocks, null));
        Assert.Null(SignatureNote.For(paper, blocks, null));

        // One block of the kind, or blocks of one date, need no note.
        Assert.Null(SignatureNote.For(portal, [leader, portal], 2));
        paper.Date = portal.Date;
        Assert.Null(SignatureNote.For(paper, blocks, 2));
        Assert.Null(SignatureNote.For(portal, blocks, 2));
    }
}
