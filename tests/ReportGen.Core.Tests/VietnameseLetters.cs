using System.Globalization;
using System.Text;

namespace ReportGen.Core.Tests;

/// <summary>Finds what only Vietnamese writes: đ, and the marks of ă â ê ô ơ ư and of the five tones.</summary>
internal static class VietnameseLetters
{
    /// <summary>
    /// The Vietnamese letters of <paramref name="text"/>, or an empty string when it has none. Decomposed
    /// (NFD), every Vietnamese letter but đ is a Latin letter followed by combining marks, so the marks find
    /// them all — whichever way the text was composed.
    /// </summary>
    public static string In(string text)
    {
        var found = new StringBuilder();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var marks = 0;
            while (i + marks + 1 < decomposed.Length && IsMark(decomposed[i + marks + 1]))
            {
                marks++;
            }
            if (c is 'đ' or 'Đ' || marks > 0)
            {
                found.Append(decomposed.AsSpan(i, marks + 1)).Append(' ');
            }
            i += marks;
        }
        return found.ToString().Normalize(NormalizationForm.FormC).TrimEnd();
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
