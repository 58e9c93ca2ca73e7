using System.Text;

namespace ProjectOffice.Forms.Annexes;

/// <summary>
/// Calculation methods keep their formulas as typed, in LaTeX between dollars («$F_{ov} = \sum X_i$ где: …»).
/// The printed form reads them as a person would write them: F<sub>ov</sub> = ∑ X<sub>i</sub>. Only the little
/// LaTeX such formulas use is understood (indices, \text, a few symbols, \frac); anything else prints as typed.
/// </summary>
public static class FormulaText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["sum"] = "∑", ["prod"] = "∏", ["cdot"] = "·", ["times"] = "×", ["div"] = "÷", ["pm"] = "±",
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["ne"] = "≠", ["neq"] = "≠", ["approx"] = "≈",
        ["infty"] = "∞", ["Delta"] = "Δ", ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ",
        ["sigma"] = "σ", ["Sigma"] = "Σ", ["quad"] = " ", ["qquad"] = " ", ["left"] = "", ["right"] = "",
    };

    /// <summary>The text as runs: plain text outside the dollars, formulas with their indices as sub- and superscripts.</summary>
    public static IReadOnlyList<FormulaPart> Parse(string? text)
    {
        var parts = new List<FormulaPart>();
        if (string.IsNullOrEmpty(text))
        {
            return parts;
        }

        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('$', at);
            var close = open < 0 ? -1 : text.IndexOf('$', open + 1);
            if (close < 0)
            {
                Add(parts, text[at..], FormulaScript.Normal);
                break;
            }

            Add(parts, text[at..open], FormulaScript.Normal);
            var math = text[(open + 1)..close];
            var i = 0;
            Math(math, ref i, FormulaScript.Normal, parts, inGroup: false);
            at = close + 1;
        }

        return parts;
    }

    private static void Math(string math, ref int i, FormulaScript script, List<FormulaPart> parts, bool inGroup)
    {
        while (i < math.Length)
        {
            var c = math[i];
            if (c == '}' && inGroup)
            {
                i++;
                return;
            }

            if (c == '{')
            {
                i++;
                Math(math, ref i, script, parts, inGroup: true);
            }
            else if (c is '_' or '^')
            {
                i++;
                Atom(math, ref i, c == '_' ? FormulaScript.Subscript : FormulaScript.Superscript, parts);
            }
            else if (c == '\\')
            {
                Command(math, ref i, script, parts);
            }
            else
            {
                Add(parts, c.ToString(), script);
                i++;
            }
        }
    }

    // What follows _ or ^: a group, a command or one character.
    private static void Atom(string math, ref int i, FormulaScript script, List<FormulaPart> parts)
    {
        while (i < math.Length && math[i] == ' ')
        {
            i++;
        }

        if (i >= math.Length)
        {
            return;
        }

        if (math[i] == '{')
        {
            i++;
            Math(math, ref i, script, parts, inGroup: true);
        }
        else if (math[i] == '\\')
        {
            Command(math, ref i, script, parts);
        }
        else
        {
            Add(parts, math[i].ToString(), script);
            i++;
        }
    }

    private static void Command(string math, ref int i, FormulaScript script, List<FormulaPart> parts)
    {
        var start = ++i;
        while (i < math.Length && char.IsAsciiLetter(math[i]))
        {
            i++;
        }

        var name = math[start..i];
        if (name.Length == 0)
        {
            // \%, \{, \_ and the spacing commands \, \; print their character (or a space).
            if (i < math.Length)
            {
                Add(parts, math[i] is ',' or ';' or ':' or '!' ? " " : math[i].ToString(), script);
                i++;
            }

            return;
        }

        switch (name)
        {
            case "text" or "mathrm" or "textit" or "mathit" or "operatorname":
                Add(parts, Group(math, ref i), script);
                break;
            case "frac":
                Add(parts, "(", script);
                Atom(math, ref i, script, parts);
                Add(parts, ")/(", script);
                Atom(math, ref i, script, parts);
                Add(parts, ")", script);
                break;
            default:
                Add(parts, Symbols.TryGetValue(name, out var symbol) ? symbol : name, script);
                break;
        }
    }

    // The literal text of a {group} (nested braces kept balanced), for \text{…}.
    private static string Group(string math, ref int i)
    {
        while (i < math.Length && math[i] == ' ')
        {
            i++;
        }

        if (i >= math.Length || math[i] != '{')
        {
            return "";
        }

        var text = new StringBuilder();
        var depth = 0;
        for (; i < math.Length; i++)
        {
            var c = math[i];
            if (c == '{' && depth++ == 0)
            {
                continue;
            }

            if (c == '}' && --depth == 0)
            {
                i++;
                break;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static void Add(List<FormulaPart> parts, string text, FormulaScript script)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (parts.Count > 0 && parts[^1].Script == script)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
        }
        else
        {
            parts.Add(new FormulaPart(text, script));
        }
    }
}
