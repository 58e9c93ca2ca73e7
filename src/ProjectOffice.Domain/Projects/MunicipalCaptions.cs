using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Projects;

/// <summary>Captions of the municipal passport that name the city, as the signed form words them.</summary>
public static partial class MunicipalCaptions
{
    public const string ProgrammesWithoutCity = "Перечень муниципальных программ в сфере реализации проекта";

    /// <summary>
    /// Item 15 names the city as item 5's caption does («… развития города Омска до 2030 года» → «Перечень муниципальных
    /// программ города Омска в сфере реализации проекта»); without such a caption it names none.
    /// </summary>
    public static string Programmes(string? cityGoalCaption) =>
        cityGoalCaption is not null && City().Match(cityGoalCaption) is { Success: true } city
            ? $"Перечень муниципальных программ {city.Value} в сфере реализации проекта"
            : ProgrammesWithoutCity;

    // «города Омска», «города Нижнего Новгорода», «города Улан-Удэ»: the word «города» and the capitalised name after it.
    [GeneratedRegex(@"города(?:\s+[А-ЯЁ][а-яёА-ЯЁ-]*)+")]
    private static partial Regex City();
}
