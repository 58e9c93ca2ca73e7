namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Reads a «Ответственный исполнитель» cell back into executors. The plan prints people as «ФИО, должность» joined
/// with «; » and organisations joined with «, »; names and positions contain commas themselves, so the text is split
/// by what the portal already knows rather than by punctuation alone.
/// </summary>
public static class ResponsibleText
{
    /// <summary>
    /// Parts between «;» are one executor each: a known entry as printed (an executor already in the plan, an
    /// organisation of the reference list), else a person's full name with the position after a comma, else a run of
    /// «, »-separated pieces that are known entries — the unknown pieces between them stay together as one
    /// organisation named as text.
    /// </summary>
    public static IReadOnlyList<ResponsibleEntry> Parse(string? text, IReadOnlyList<ResponsibleEntry> known, IReadOnlyList<(int Id, string FullName)> people)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(people);
        var byText = new Dictionary<string, ResponsibleEntry>(StringComparer.Ordinal);
        foreach (var entry in known)
        {
            byText.TryAdd(entry.Printed.Trim(), entry);
        }

        var result = new List<ResponsibleEntry>();
        // A cell with one executor per line reads like one joined with «;».
        foreach (var part in (text ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (byText.TryGetValue(part, out var exact))
            {
                result.Add(exact with { Printed = part });
            }
            else if (Person(part, people) is { } person)
            {
                result.Add(person);
            }
            else
            {
                result.AddRange(Pieces(part, byText));
            }
        }

        return result;
    }

    private static ResponsibleEntry? Person(string part, IReadOnlyList<(int Id, string FullName)> people)
    {
        foreach (var (id, fullName) in people.OrderByDescending(p => p.FullName.Length))
        {
            if (part == fullName)
            {
                return new ResponsibleEntry(part, PersonId: id);
            }

            if (part.StartsWith(fullName + ",", StringComparison.Ordinal))
            {
                var position = part[(fullName.Length + 1)..].Trim();
                return new ResponsibleEntry(part, PersonId: id, PositionText: position.Length == 0 ? null : position);
            }
        }

        return null;
    }

    // Greedy: at each piece the longest run of pieces that is a known entry; unknown pieces are gathered until the next known one.
    private static IEnumerable<ResponsibleEntry> Pieces(string part, Dictionary<string, ResponsibleEntry> known)
    {
        var pieces = part.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = new List<string>();
        for (var i = 0; i < pieces.Length;)
        {
            var found = false;
            for (var j = pieces.Length; j > i; j--)
            {
                var run = string.Join(", ", pieces[i..j]);
                if (known.TryGetValue(run, out var entry))
                {
                    if (unknown.Count > 0)
                    {
                        yield return Text(string.Join(", ", unknown));
                        unknown.Clear();
                    }

                    yield return entry with { Printed = run };
                    i = j;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                unknown.Add(pieces[i]);
                i++;
            }
        }

        if (unknown.Count > 0)
        {
            yield return Text(string.Join(", ", unknown));
        }
    }

    private static ResponsibleEntry Text(string text) => new(text, Text: text);
}
