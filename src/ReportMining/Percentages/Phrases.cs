using ReportMining.Text;
using static ReportMining.Percentages.PercentLexicon;

namespace ReportMining.Percentages;

/// <summary>
/// Reads short noun phrases and clause boundaries over a sentence's tokens, with closed word
/// lists instead of a tagger: "the vacancy rate", "children seen within timescales",
/// the share of care leavers in work, training or education (and the like).
/// </summary>
internal static class Phrases
{
    /// <summary>Longest measure, in tokens.</summary>
    private const int MaxPhrase = 14;
    private const int MaxRelativePhrase = 22;

    /// <summary>
    /// Reads the noun phrase starting at <paramref name="from"/> (determiners, counts and
    /// "the proportion of" left out), with its modifiers: prepositional phrases that are not
    /// times, participles ("looked after", "seen", "living"), "and"/"or" and comma lists.
    /// </summary>
    public static bool ReadNounPhrase(Words w, int from, int limit, bool rejectVerbFirst, out int a, out int b)
    {
        limit = Math.Min(limit, w.Count);
        a = b = from;
        int i = SkipOpeners(w, from, limit);

        // "the (very high) proportion of X" measures X
        for (int round = 0; round < 2; round++)
        {
            int k = i;
            // ("the Hispanic share of the vote", "Ashdown's share of the vote": whose share it is stays)
            bool whose = false;
            while (k < limit && k < i + 3 && w.Kind(k) == TokenKind.Word && !w.In(k, ProportionHeads) && !IsStop(w, k))
            {
                whose |= w.In(k, GroupAdjectives) || w.EndsWith(k, "'s") || w.EndsWith(k, "’s");
                k++;
            }

            if (k < limit && !whose && w.In(k, ProportionHeads) && w.Is(k + 1, "of") && !w.Is(k + 2, "whom") && !w.Is(k + 2, "which"))
            {
                i = SkipOpeners(w, k + 2, limit);
            }
            else
            {
                break;
            }
        }

        // "performance on the percentage of X", "published data for the proportion of X": a source of the figure before the
        // proportion head says nothing about what is measured
        for (int k = i + 1; k < limit - 2 && k <= i + 6; k++)
        {
            if (w.Kind(k) != TokenKind.Word) break;
            if (!(w.In(k, ProportionHeads) && w.Is(k + 1, "of") && (w.Is(k - 1, "the") || w.Is(k - 1, "a")) && w.In(k - 2, Prepositions))) continue;
            bool source = false;
            for (int m = i; m < k - 2; m++) source |= IsSourceNoun(w, m);
            if (source) i = SkipOpeners(w, k + 2, limit);
            break;
        }

        // ("a steady increase in X": an adjective before the change word)
        if (i + 2 < limit && w.Kind(i) == TokenKind.Word && !IsStop(w, i) && !w.EndsWith(i, "ed") && w.Is(i + 2, "in") && IsChangeNoun(w, i + 1)) i++;

        // "an increase in X", "a reduction in the number of X" measure X
        if ((IsChangeNoun(w, i) || w.Is(i, "change")) && w.Is(i + 1, "in") && !IsTimeAt(w, i + 2) && i + 2 < limit)
        {
            i = SkipOpeners(w, i + 2, limit);
            if (w.In(i, ProportionHeads) && w.Is(i + 1, "of")) i = SkipOpeners(w, i + 2, limit);
        }

        // "15 and 16 year-old pupils", "0-15 years population", "15- and 16-year-old pupils", "15- to 17-year-olds"
        int joint = i + 1;
        if (i < limit && w.Kind(i) == TokenKind.Number && w.Kind(joint) == TokenKind.Punctuation && w.Char(joint) is '-' or '‑' && w.Glued(i, joint)
            && (w.Is(joint + 1, "and") || w.Is(joint + 1, "to") || w.Is(joint + 1, "or"))) joint++;
        if (i < limit && w.Kind(i) == TokenKind.Number && (w.Is(joint, "and") || w.Is(joint, "to") || w.Is(joint, "or") || w.IsPunct(joint, '-') || w.IsPunct(joint, '–'))
            && w.Kind(joint + 1) == TokenKind.Number)
        {
            a = i;
            int k = joint + 2;
            while (k < limit && w.Kind(k) == TokenKind.Punctuation && w.Char(k) is '-' or '‑') k++;
            if (k >= limit || w.Kind(k) != TokenKind.Word || IsStop(w, k)) return false;
            b = ReadCore(w, k, limit, first: true);
            return b > k;
        }

        // "18-year-olds", "16-year-old care leavers": a number joined to the word after it
        if (i < limit && w.Kind(i) == TokenKind.Number && !w.IsYearLike(i) && w.Kind(i + 1) == TokenKind.Punctuation && w.Char(i + 1) is '-' or '‑'
            && w.Glued(i, i + 1) && w.Glued(i + 1, i + 2) && w.Kind(i + 2) == TokenKind.Word && w.EndsWith(i + 2, "olds") | w.Is(i + 2, "year") | w.EndsWith(i + 2, "old"))
        {
            int end = ReadCore(w, i + 2, limit, first: true);
            if (end <= i + 2) return false;
            a = i;
            b = end;
            return true;
        }

        // "2012 voters", "the 2015 budget": a year before a noun is a modifier of it
        // (not after a preposition of time, "in 2016 repeat referrals were", nor before a bare restatement, "the 2015 national proportion is")
        if (i + 1 < limit && w.IsYearLike(i) && IsContent(w, i + 1) && !w.In(i + 1, TimeWords) && !(w.In(i - 1, Prepositions) && !w.Is(i - 1, "of")))
        {
            int end = ReadCore(w, i + 1, limit, first: true);
            if (end <= i + 1 || w.In(end - 1, ProportionHeads) || w.In(end - 1, RestatedHeads)) return false;
            a = i;
            b = end;
            return true;
        }

        // "the $12 million raised by the appeal": a sum of money is what the share is of
        int amountEnd = AmountEnd(w, i, limit);
        if (amountEnd > i)
        {
            a = i;
            b = IsContent(w, amountEnd) && !w.In(amountEnd, PostModifiers) && !w.EndsWith(amountEnd, "ed") ? ReadCore(w, amountEnd, limit, first: true) : amountEnd;
            return ReadModifiers(w, a, ref b, limit) || true;
        }

        if (i >= limit || w.Kind(i) != TokenKind.Word) return false;

        // "those with jobs", "those in care", "those who left care": the pronoun heads the phrase, with what defines it
        int those = w.Is(i, "those") ? i : i > from && w.Is(i - 1, "those") ? i - 1 : -1;
        if (those >= 0 && IsDefinedThose(w, those))
        {
            a = those;
            b = those + 1;
            if (ReadModifiers(w, a, ref b, limit) && b > those + 2) return true;
            a = b = from;
            return false;
        }

        if (w.In(i, Pronouns) && !(w.IsDeterminerAt(i) && IsContent(w, i + 1))) return false;
        if (w.In(i, Auxiliaries) || w.In(i, Prepositions) || w.In(i, ClauseStarters) && !w.Is(i, "where")) return false;
        if (w.Is(i, "and") || w.Is(i, "or") || w.Is(i, "not") || w.Is(i, "than") || w.Is(i, "either") || w.Is(i, "neither")) return false;
        if (rejectVerbFirst && (w.In(i, FiniteVerbs) || w.In(i, LinkVerbs) && !w.Is(i, "average") && !w.Is(i, "total")
            || (w.EndsWith(i, "ed") || w.EndsWith(i, "en") && w.In(i, PostModifiers) || w.EndsWith(i, "ing") && !w.In(i, IngNouns)) && !(w.In(i, Prenominal) && (IsContent(w, i + 1) || w.Is(i, "looked") && w.Is(i + 1, "after")))
               && !(w.EndsWith(i, "ing") && w.IsCapitalised(i) && IsContent(w, i + 1) && !w.IsLyAdverb(i + 1)) // "Parking revenue is up"
            || w.In(i, PostModifiers) && !w.Is(i + 1, "after") && (w.In(i + 1, Prepositions) || w.Kind(i + 1) != TokenKind.Word))) return false;

        // "those seen by inspectors": the pronoun heads the phrase
        if (i > from && (w.Is(i - 1, "those") || w.Is(i - 1, "these")) && (w.In(i, PostModifiers) || w.EndsWith(i, "ed") || w.EndsWith(i, "ing"))) i--;

        a = i;
        b = ReadCore(w, i, limit, first: true);
        if (b <= a) return false;
        return ReadModifiers(w, a, ref b, limit);
    }

    /// <summary>"$59 million", "£1.2bn", "€300,000": the end of a sum of money starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private static int AmountEnd(Words w, int i, int limit)
    {
        if (i + 1 >= limit || w.Kind(i) != TokenKind.Punctuation || w.Char(i) is not ('$' or '£' or '€') || w.Kind(i + 1) != TokenKind.Number) return i;
        int e = i + 2;
        if (w.Is(e, "million") || w.Is(e, "billion") || w.Is(e, "trillion") || w.Is(e, "thousand") || w.Is(e, "bn") || w.Is(e, "m")) e++;
        return e <= limit ? e : i;
    }

    /// <summary>Reads the modifiers after a phrase's core (<paramref name="a"/> to <paramref name="b"/>): prepositional phrases, participles, relative clauses, lists.</summary>
    private static bool ReadModifiers(Words w, int a, ref int b, int limit)
    {
        int coreEnd = b;

        int rounds = 0;
        int max = MaxPhrase;
        while (rounds < 4 && b < limit && b - a < max)
        {
            int j = b;
            if (w.Is(j, "looked") && w.Is(j + 1, "after"))
            {
                b = j + 2;
                rounds++;
                continue;
            }

            if (w.Kind(j) != TokenKind.Word && !(w.IsPunct(j, ',') || w.IsPunct(j, '('))) break;

            // "pupils in care up to the end of Year 9", "tenants up to the age of 30": a span inside the phrase, not a hedge
            if (w.Is(j, "up") && w.Is(j + 1, "to") && w.Is(j + 2, "the") && (w.Is(j + 3, "end") || w.Is(j + 3, "age")) && w.Is(j + 4, "of") && j + 5 < limit)
            {
                int e = ReadCore(w, j + 5, limit, first: true);
                if (e > j + 5)
                {
                    b = e;
                    rounds++;
                    continue;
                }
            }

            // "children over 11 years old", "children looked after for over twelve months"
            // ("young adults aged between 18 and 20", "children between the ages of eight and 16": an age range)
            int ageAt = w.Is(j, "aged") && w.Is(j + 1, "between") ? j + 1
                : w.Is(j, "between") && w.Is(j + 1, "the") && w.Is(j + 2, "ages") && w.Is(j + 3, "of") ? j + 3 : j;
            if ((w.Is(j, "over") || w.Is(j, "under") || w.Is(j, "aged") || ageAt > j) && (w.Kind(ageAt + 1) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(ageAt + 1), out _)))
            {
                int e = ageAt + 2;
                while (e < limit && e < ageAt + 5 && (w.Is(e, "years") || w.Is(e, "year") || w.Is(e, "old") || w.Is(e, "months")
                    || (w.Is(e, "and") || w.Is(e, "to") || w.Kind(e) == TokenKind.Punctuation && w.Char(e) is '-' or '–')
                        && (w.Kind(e + 1) == TokenKind.Number || ageAt > j && NumberWords.TryCardinalWord(w.Text(e + 1), out _))
                    || w.Kind(e) == TokenKind.Number || ageAt > j && e > ageAt + 1 && NumberWords.TryCardinalWord(w.Text(e), out _))) e++;
                b = e;
                rounds++;
                continue;
            }

            if (w.Is(j, "for") && (w.Is(j + 1, "more") || w.Is(j + 1, "less")) && w.Is(j + 2, "than"))
            {
                int e = j + 3;
                while (e < limit && e < j + 7 && (w.Kind(e) == TokenKind.Number || w.IsDeterminerAt(e) || w.In(e, TimeWords) || NumberWords.TryCardinalWord(w.Text(e), out _))) e++;
                if (e > j + 3)
                {
                    b = e;
                    rounds++;
                    continue;
                }
            }

            // a defining relative clause: "children who wait less than 21 months", "children for whom proceedings were issued"
            if ((w.Is(j, "who") || w.Is(j, "that") || w.Is(j, "which")) && j > a || w.Is(j, "for") && w.Is(j + 1, "whom"))
            {
                int e = ReadRelative(w, w.Is(j, "for") ? j + 2 : j + 1, limit, subjectFirst: w.Is(j, "for"));
                if (e <= j + 1) break;
                b = e;
                max = MaxRelativePhrase;
                rounds++;
                continue;
            }

            // "those adopted during 2023–24", "children placed since May 2023", "adopters recruited in 2024": a dated time after a
            // participle says which of them are counted
            if (ParticipleTimeEnd(w, j, limit) is int timeEnd and > 0)
            {
                b = timeEnd;
                rounds++;
                continue;
            }

            // (the participle itself, after the head: "adopters recruited in 2024–25"; a name before it makes it a verb, which
            // ParticipleTimeEnd checks)
            if (w.EndsWith(j, "ed") && w.Kind(j) == TokenKind.Word && j > a && IsContent(w, j - 1) && ParticipleTimeEnd(w, j + 1, limit) is int datedEnd and > 0)
            {
                b = datedEnd;
                rounds++;
                continue;
            }

            if (w.In(j, NounPrepositions))
            {
                if (!PrepositionContinues(w, j)) break;
                int k = SkipOpeners(w, j + 1, limit);
                if (k >= limit || w.Kind(k) != TokenKind.Word || w.In(k, Pronouns) && !w.IsDeterminerAt(k)) break;
                // ("the rate of reports provided": after "of" a plural verb-like word is a noun)
                if (w.In(k, Auxiliaries) || w.In(k, ClauseStarters) && !(w.Is(j, "of") && w.EndsWith(k, "s")) || w.Is(k, "and")) break;
                int end = ReadCore(w, k, limit, first: true);
                if (end <= k) break;

                // "of the vote in a Herald poll": where the figure was reported is not part of what it measures
                if ((w.Is(j, "in") || w.Is(j, "by")) && HasSource(w, k, end)) break;
                b = end;
                rounds++;
                continue;
            }

            // "bonds due Nov. 1": a date after "due" is not part of what is measured
            if (w.Is(j, "due") && (IsTimeAt(w, j + 1) || w.Is(j + 1, "in") || w.Is(j + 1, "by"))) break;

            // "adopters currently being assessed": a passive in progress, dated by an adverb, after the noun
            if (w.IsLyAdverb(j) && w.Is(j + 1, "being") && j + 2 < limit && w.EndsWith(j + 2, "ed") && !w.Is(j + 2, "aged"))
            {
                b = j + 3;
                rounds++;
                continue;
            }

            // a participle after the noun: "seen by inspectors", "held within timescales", "living in poverty"
            // ("social workers held a qualification" is a verb with its object, not a modifier; an -ed word with its agent,
            // "churn shown by moves", is a participle too, unless it is a verb of change, "the rate increased by 5%", or a
            // ranking, "36 percent support followed by Carson at 14 percent")
            bool participleMod = w.Kind(j) == TokenKind.Word && (w.In(j, PostModifiers) || w.EndsWith(j, "ing") && !IsStop(w, j)
                || w.EndsWith(j, "ed") && w.Is(j + 1, "by") && !w.In(j, LinkVerbs) && !w.In(j, FiniteVerbs) && !w.In(j, ClauseStarters)
                    && !w.Is(j, "followed") && !w.Is(j, "trailed") && !w.Is(j, "chased") && !w.Is(j, "preceded"));
            if (participleMod && w.EndsWith(j, "ing") && (w.IsDeterminerAt(j + 1) || w.In(j + 1, Pronouns) || w.In(j + 1, ObjectPronouns))) participleMod = false;

            // ("the 52 percent Hale received in 2019": after a name a verb of getting votes is the name's verb)
            if (participleMod && IsGettingVerb(w, j) && w.IsCapitalised(j - 1) && !IsAllCaps(w, j - 1)) participleMod = false;
            if (participleMod && (w.EndsWith(j, "ed") || w.EndsWith(j, "en") || w.Is(j, "held") || w.Is(j, "made") || w.Is(j, "sent") || w.Is(j, "seen"))
                && !(w.In(j + 1, Prepositions) || w.Is(j + 1, "after") || w.Kind(j + 1) != TokenKind.Word || w.IsLyAdverb(j + 1) || w.In(j + 1, VerbAdverbs)
                     || (w.Is(j + 1, "more") || w.Is(j + 1, "less") || w.Is(j + 1, "fewer")) && w.Is(j + 2, "than")
                     || w.In(j + 1, Auxiliaries) || w.In(j + 1, ClauseStarters)
                     || IsAskedWord(w, j) && (w.In(j + 1, OpinionVerbs) || w.In(j + 1, SayingVerbs))))
            {
                participleMod = false;
            }

            // "the 40 percent share of the workforce reported by the census": a participle whose phrase names the source
            // ("tenants surveyed in the landlord's poll": a participle that says who was asked stays, without the source)
            if (participleMod && (w.Is(j + 1, "by") || w.Is(j + 1, "in")) && HasSource(w, j + 2, Math.Min(limit, j + 9)))
            {
                if (IsAskedWord(w, j)) b = j + 1;
                break;
            }

            if (participleMod)
            {
                b = j + 1;
                if (w.Is(j, "looked") && w.Is(j + 1, "after")) b = j + 2;

                // "children placed more than 20 miles from home"
                if ((w.Is(b, "more") || w.Is(b, "less") || w.Is(b, "fewer")) && w.Is(b + 1, "than"))
                {
                    int e = b + 2;
                    // ("waiting more than a year": an article before the span word)
                    while (e < limit && e < b + 6 && (w.Kind(e) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(e), out _) || w.In(e, TimeWords) || w.Is(e, "miles")
                        || (w.Is(e, "a") || w.Is(e, "an")) && w.In(e + 1, TimeWords))) e++;

                    // ("facing more than 2 school moves in a term": what is counted)
                    if (e > b + 2 && e < limit && (w.Kind(e - 1) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(e - 1), out _)) && IsContent(w, e) && !w.In(e, TimeWords))
                    {
                        e = Math.Max(e, ReadCore(w, e, limit, first: true));
                    }

                    if (e > b + 2) b = e;
                }
                else if (w.EndsWith(j, "ing") && b < limit && (w.Kind(b) == TokenKind.Number && !w.IsYearLike(b) || NumberWords.TryCardinalWord(w.Text(b), out _)))
                {
                    // "care leavers gaining two A levels", "children having four or more moves": a counted object of the participle
                    int e = b + 1;
                    if (w.Is(e, "or") && (w.Is(e + 1, "more") || w.Is(e + 1, "fewer") || w.Is(e + 1, "less"))) e += 2;
                    // ("young people turning 18 in 2014-15": an age, with no noun after it)
                    int end = e < limit && !w.In(e, Prepositions) ? ReadCore(w, e, limit, first: true) : e;
                    b = Math.Max(e, end);
                }
                else if (w.EndsWith(j, "ing") && !w.In(j, IngNouns) && b < limit && IsContent(w, b) && !w.In(b, Prepositions) && !w.EndsWith(b, "ing")
                    && !w.EndsWith(b, "ed") && !w.IsLyAdverb(b) && !w.In(b, FiniteVerbs) && !w.In(b, LinkVerbs) && !w.In(b, TimeWords))
                {
                    // "pupils attending village schools", "carers receiving home visits": the participle's bare object
                    int end = ReadCore(w, b, limit, first: true);
                    if (end > b) b = end;
                }

                rounds++;
                continue;
            }

            if (w.Is(j, "as") && (w.Is(j + 1, "a") || w.Is(j + 1, "an")) && IsContent(w, j + 2))
            {
                b = ReadCore(w, j + 2, limit, first: true);
                rounds++;
                continue;
            }

            // "children with three moves or more": the comparative closes a count inside the phrase
            if (IsCountedOrMore(w, j))
            {
                b = j + 2;
                rounds++;
                continue;
            }

            // "a third of members or less": a hedge after the phrase, not part of it
            bool hedgeAfter = (w.Is(j + 1, "less") || w.Is(j + 1, "more") || w.Is(j + 1, "fewer") || w.Is(j + 1, "so") || w.Is(j + 1, "above")
                || w.Is(j + 1, "below") || w.Is(j + 1, "higher") || w.Is(j + 1, "lower") || w.Is(j + 1, "greater")) && !IsContent(w, j + 2);
            // "pears and half of the plums": a new figure starts after "and"
            hedgeAfter |= w.Is(j + 1, "half") && w.Is(j + 2, "of");
            // "carried half of the wards and shared the rest": a verb with its object after "and"
            hedgeAfter |= !w.IsCapitalised(j + 1) && (IsArticleOrPossessive(w, j + 2) || w.In(j + 2, ObjectPronouns));
            if ((w.Is(j, "and") || w.Is(j, "or")) && !hedgeAfter && IsContent(w, j + 1) && !w.EndsWith(j + 1, "ed") && !w.IsLyAdverb(j + 1))
            {
                int end = ReadCore(w, j + 1, limit, first: true);
                if (end <= j + 1) break;
                b = end;
                rounds++;
                continue;
            }

            if (w.IsPunct(j, ',') && IsListTail(w, j, limit, out int listEnd))
            {
                b = listEnd;
                rounds++;
                continue;
            }

            break;
        }

        if (b - a > max) b = coreEnd - a > MaxPhrase ? a + MaxPhrase : coreEnd;
        return b > a;
    }

    /// <summary>The end of the relative clause introduced by the word at <paramref name="relative"/> ("who", "which", "that"), before <paramref name="limit"/>; -1 when there is none.</summary>
    public static int RelativeClauseEnd(Words w, int relative, int limit) => ReadRelative(w, relative + 1, limit, subjectFirst: w.Is(relative, "where"));

    /// <summary>
    /// The end of a defining relative clause that starts at <paramref name="k"/> (after "who", "that",
    /// "which", or "for whom" with <paramref name="subjectFirst"/>): its verb group, then words up to
    /// a punctuation mark, the verb of the main clause, another clause word or the limit; -1 when it is
    /// not one (no verb, or too long to be part of a phrase).
    /// </summary>
    private static int ReadRelative(Words w, int k, int limit, bool subjectFirst)
    {
        int stop = Math.Min(limit, k + MaxRelativePhrase);
        int j = k;
        if (subjectFirst)
        {
            while (j < stop && w.Kind(j) == TokenKind.Word && !w.In(j, Auxiliaries) && !w.In(j, ClauseStarters)) j++;
            if (j == k) return -1;
        }

        // the verb group: "are", "do not", "have been", "wait", "started", "speak"
        int verb = j;
        while (j < stop && w.Kind(j) == TokenKind.Word && (w.In(j, Auxiliaries) || w.Is(j, "not") || w.In(j, VerbAdverbs) && j > verb)) j++;
        if (j == verb)
        {
            if (j >= stop || w.Kind(j) != TokenKind.Word || w.IsDeterminerAt(j) || w.In(j, Pronouns) || w.In(j, Prepositions) || w.In(j, ClauseStarters)) return -1;
            if (!(w.In(j, FiniteVerbs) || w.In(j, LinkVerbs) || w.EndsWith(j, "ed") || w.EndsWith(j, "s") && !w.EndsWith(j, "ss"))) return -1;
            j++;
        }

        int end = j;
        while (j < stop)
        {
            if (w.Kind(j) == TokenKind.Punctuation)
            {
                // "P&T teams", "16-year-olds": inside a word
                if (w.Char(j) is '-' or '‑' or '’' or '\'' or '&' or '/' && w.Kind(j + 1) == TokenKind.Word) { j++; continue; }

                // "who are not in work, education or training": a list goes on
                if (w.Char(j) == ',' && IsListTail(w, j, limit, out int listEnd))
                {
                    j = end = listEnd;
                    continue;
                }

                // a clause that ends the sentence ("... 62% of children who do not live here.") says what the share does, not which group it is of
                if (w.Char(j) is '.' or ';' or '!' or '?') return -1;
                break;
            }

            // "... until they turn 18 better, at 81%": a judgement after the clause is not part of it
            if ((w.In(j, PredicateAdjectives) || w.Is(j, "higher") || w.Is(j, "lower")) && (w.Kind(j + 1) == TokenKind.Punctuation || w.Is(j + 1, "than"))) break;

            // "children looked after who were seen by inspectors made good progress": a past verb after a noun of the
            // clause, with its object after it, is the main clause's verb
            // ("young people who turned 18 stayed with their carers": after a count, a preposition may follow the verb)
            // ("those who have had a tutor for over two years read well": a present verb after a noun or a count too)
            // ("parents who answered the survey rated the service as good", "tenants who attended the meetings described
            // themselves as satisfied": a verb that can follow a noun, "rated", is the main verb before a determiner, and any
            // past verb is before an object pronoun)
            if (j > end - 1 && j > k + 1 && (w.EndsWith(j, "ed") && (!w.In(j, PostModifiers) || w.IsDeterminerAt(j + 1) && !w.In(j - 1, Auxiliaries))
                    || w.Is(j, "made") || w.In(j, FiniteVerbs) && !w.EndsWith(j, "s") && !w.Is(j - 1, "to"))
                && (IsContent(w, j - 1) && !w.EndsWith(j - 1, "ed") && w.Kind(j - 1) == TokenKind.Word || w.Kind(j - 1) == TokenKind.Number)
                && (w.IsDeterminerAt(j + 1) || w.In(j + 1, ObjectPronouns) || IsContent(w, j + 1) && !w.In(j + 1, Prepositions) && !w.IsLyAdverb(j + 1)
                    || w.Kind(j - 1) == TokenKind.Number && w.In(j + 1, Prepositions) && !w.Is(j + 1, "by"))) break;

            // the main clause's verb, or a new clause ("ceased to be looked after", "less than 25 hours" carry on)
            // ("who are lodging with approved hosts": "with" right after a word is a preposition here)
            if (w.In(j, Auxiliaries) && !w.Is(j - 1, "to") || w.In(j, ClauseStarters) && !w.Is(j, "as") && !w.Is(j, "than") && !(w.Is(j, "with") && w.Kind(j - 1) == TokenKind.Word)
                || (w.Is(j, "and") || w.Is(j, "but")) && (w.In(j + 1, Auxiliaries) || w.In(j + 1, FiniteVerbs))) break;
            j++;
            end = j;
        }

        if (j >= w.Count && w.CharAfter(w.Count - 1) != ':' || j >= stop && stop < limit) return -1;
        while (end > k && (w.Is(end - 1, "and") || w.Is(end - 1, "or") || w.IsDeterminerAt(end - 1) || w.In(end - 1, Prepositions) && !(w.Is(end - 1, "after") && w.Is(end - 2, "looked")) && !IsCountedOrMore(w, end - 2))) end--;
        return end > k ? end : -1;
    }

    /// <summary>
    /// The end of a dated time that follows a participle ("adopted during 2023–24", "placed since May 2023", "recruited in
    /// 2024"), with <paramref name="j"/> at the preposition; -1 when there is none.
    /// </summary>
    public static int ParticipleTimeEnd(Words w, int j, int limit)
    {
        if (!(w.Is(j, "during") || w.Is(j, "since") || w.Is(j, "in")) || j < 1 || w.Kind(j - 1) != TokenKind.Word || !w.EndsWith(j - 1, "ed")) return -1;

        // ("the 91 percent Reyes received in 2010": after a name the word is its verb)
        if (j >= 3 && w.IsCapitalised(j - 2)) return -1;
        int e = j + 1;
        while (e < limit && e < j + 6 && (w.Kind(e) == TokenKind.Number || w.In(e, TimeWords) && w.IsCapitalised(e) && !w.In(e, Auxiliaries)
            || w.Kind(e) == TokenKind.Punctuation && w.Char(e) is '–' or '-' or '/' && w.Kind(e + 1) == TokenKind.Number && w.Glued(e, e + 1))) e++;
        return e > j + 1 && w.Kind(e - 1) == TokenKind.Number && w.IsYearLike(e - 1) || e > j + 2 && w.Kind(e - 1) == TokenKind.Number && w.Kind(e - 2) == TokenKind.Punctuation ? e : -1;
    }

    /// <summary>"X, Y and Z": after a comma, words then "and"/"or" then a word.</summary>
    private static bool IsListTail(Words w, int comma, int limit, out int end)
    {
        end = comma;
        int j = comma + 1;
        int stop = Math.Min(limit, comma + 8);
        while (j < stop)
        {
            if (w.Is(j, "and") || w.Is(j, "or"))
            {
                if (j == comma + 1 || !IsContent(w, j + 1)) return false;
                end = ReadCore(w, j + 1, limit, first: true);
                return end > j + 1;
            }

            if (w.IsPunct(j, ',')) { j++; continue; }
            if (!IsContent(w, j)) return false;
            j++;
        }

        return false;
    }

    /// <summary>True when the preposition at <paramref name="j"/> carries on the noun phrase before it.</summary>
    private static bool PrepositionContinues(Words w, int j)
    {
        if (w.Is(j, "to"))
        {
            // "subject to a plan", "entitled to free school meals", "returned to their families"
            return w.Is(j - 1, "subject") || w.Is(j - 1, "entitled") || w.Is(j - 1, "due") || w.Is(j - 1, "close")
                || w.Is(j - 1, "returned") || w.Is(j - 1, "referred") || w.Is(j - 1, "eligible") || w.Is(j - 1, "known")
                || w.Is(j - 1, "allocated") || w.Is(j - 1, "sent") || w.Is(j - 1, "signposted") || w.Is(j - 1, "transferred")
                || w.Is(j - 1, "escalated") || w.Is(j - 1, "unable") || w.Is(j - 1, "able") || w.Is(j - 1, "likely")
                || w.Is(j - 1, "going") || w.Is(j - 1, "stepped") || w.Is(j - 1, "up") || w.Is(j - 1, "access")
                // "visits to children in need" (not the verb: "children who return to care", "70% of cases return to")
                || w.In(j - 1, ToNouns) && (w.IsDeterminerAt(j + 1) || IsContent(w, j + 1))
                    && !w.In(j - 2, ClauseStarters) && !w.In(j - 2, Auxiliaries) && !w.Is(j - 2, "to") && !w.In(j - 2, Pronouns)
                    && !(IsContent(w, j - 2) && w.EndsWith(j - 2, "s") && !w.EndsWith(j - 2, "ss"));
        }

        if (w.Is(j, "by"))
        {
            return w.EndsWith(j - 1, "ed") || w.EndsWith(j - 1, "en") || w.In(j - 1, PostModifiers);
        }

        if (w.Is(j, "of"))
        {
            return !w.IsYearLike(j + 1) && !w.Is(j + 1, "whom") && !w.Is(j + 1, "which");
        }

        // ("the online chatter about the hustings": "about" and a determiner after a noun is what it is about, not a hedge)
        if (w.Is(j, "over") || w.Is(j, "about"))
        {
            return w.Is(j - 1, "aged") || w.Is(j - 1, "concerns") || w.Is(j - 1, "worries")
                || w.Is(j, "about") && (w.Is(j + 1, "the") || w.Is(j + 1, "their") || w.Is(j + 1, "his") || w.Is(j + 1, "her")) && IsContent(w, j + 2) && w.Kind(j + 2) == TokenKind.Word;
        }

        // "visits made on time", "reviews held in time": manner, part of what is measured
        if ((w.Is(j, "on") || w.Is(j, "in")) && w.Is(j + 1, "time") && (w.In(j - 1, PostModifiers) || w.EndsWith(j - 1, "ed"))) return true;

        return !IsTimeAt(w, j + 1);
    }

    /// <summary>Skips determiners, counts and focus words ("the", "all", "85", "only").</summary>
    private static int SkipOpeners(Words w, int i, int limit)
    {
        while (i < limit)
        {
            if (w.IsDeterminerAt(i) && !(w.In(i, Pronouns) && !IsContent(w, i + 1)))
            {
                i++;
                continue;
            }

            // an opening quote: "of ‘stage one’ complaints"
            if (w.Kind(i) == TokenKind.Punctuation && w.Char(i) is '‘' or '“' or '\'' or '"' && w.Kind(i + 1) == TokenKind.Word)
            {
                i++;
                continue;
            }

            // a count in words: "eight live with parents", "the 12 children"
            if (w.Kind(i) == TokenKind.Word && NumberWords.TryCardinalWord(w.Text(i), out _) && i + 1 < limit)
            {
                i++;
                continue;
            }

            if (w.Kind(i) == TokenKind.Number && !w.IsYearLike(i) && w.Kind(i + 1) == TokenKind.Word && !w.Is(i + 1, "per")
                && !w.Is(i + 1, "percent") && !w.In(i + 1, Auxiliaries) && !w.In(i + 1, FiniteVerbs)
                && !w.Is(i + 1, "and") && !w.Is(i + 1, "or") && !w.Is(i + 1, "to"))
            {
                i++;
                continue;
            }

            if (w.Is(i, "only") || w.Is(i, "just") || w.Is(i, "even") || w.Is(i, "also"))
            {
                i++;
                continue;
            }

            // "of the nearly $238 million raised": a hedge before an amount
            if ((w.Is(i, "nearly") || w.Is(i, "almost") || w.Is(i, "about") || w.Is(i, "roughly") || w.Is(i, "around") || w.Is(i, "some") || w.Is(i, "approximately"))
                && (w.Kind(i + 1) == TokenKind.Number || w.Kind(i + 1) == TokenKind.Punctuation && w.Char(i + 1) is '$' or '£' or '€'))
            {
                i++;
                continue;
            }

            // "the current caseload average", "the latest published turnover rate": when the figure is, not what it measures
            // ("the current average, 43%" keeps it: "average" is then the whole phrase; "current average attendance rates" does not)
            // ("the most recent published rate for comparable councils": "most recent" as one word)
            int when = w.Is(i, "most") && w.Is(i + 1, "recent") ? 2 : 1;
            if ((w.Is(i, "current") || w.Is(i, "latest") || w.Is(i, "published") || when == 2) && IsContent(w, i + when) && !w.In(i + when, TimeWords)
                && (!w.In(i + when, RestatedHeads) || i + when + 1 < limit && IsContent(w, i + when + 1) && !w.In(i + when + 1, TimeWords))
                && i + when + 1 <= limit)
            {
                i += when;
                continue;
            }

            // "the relatively high agency rate", "a very low turnover": a judgement of the figure, not what it measures
            if ((w.IsLyAdverb(i) || w.Is(i, "very")) && (w.Is(i + 1, "low") || w.Is(i + 1, "high")) && IsContent(w, i + 2) && !w.In(i + 2, ProportionHeads))
            {
                i += 2;
                continue;
            }

            // "a sturdy lead", "a gaping advantage", "a commanding 20-point edge": how big a lead is, not what it is
            if (IsSizeWord(w, i) && i + 1 < limit && IsLeadWord(w, i + 1))
            {
                i++;
                continue;
            }

            // "a 5% plus or minus error margin"
            if (w.Is(i, "plus") && w.Is(i + 1, "or") && w.Is(i + 2, "minus"))
            {
                i += 3;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>Words for how big or how safe a lead is ("sturdy", "gaping", "narrow").</summary>
    internal static bool IsSizeWord(Words w, int i) =>
        w.Is(i, "sturdy") || w.Is(i, "gaping") || w.Is(i, "commanding") || w.Is(i, "comfortable") || w.Is(i, "narrow") || w.Is(i, "slim")
        || w.Is(i, "slight") || w.Is(i, "huge") || w.Is(i, "big") || w.Is(i, "bigger") || w.Is(i, "modest") || w.Is(i, "solid") || w.Is(i, "wide")
        || w.Is(i, "whopping") || w.Is(i, "massive") || w.Is(i, "sizable") || w.Is(i, "sizeable") || w.Is(i, "razor-thin") || w.Is(i, "healthy")
        || w.Is(i, "double-digit") || w.Is(i, "single-digit") || w.Is(i, "clear") || w.Is(i, "strong") || w.Is(i, "insurmountable");

    /// <summary>Nouns for a lead between two sides ("lead", "leads", "advantage", "edge", "margin").</summary>
    internal static bool IsLeadWord(Words w, int i) =>
        w.Is(i, "lead") || w.Is(i, "leads") || w.Is(i, "advantage") || w.Is(i, "edge") || w.Is(i, "margin") || w.Is(i, "majority");

    /// <summary>Reads premodifiers and head nouns from <paramref name="i"/>; returns the end.</summary>
    private static int ReadCore(Words w, int i, int limit, bool first)
    {
        int j = i;
        if (first)
        {
            if (w.Kind(j) != TokenKind.Word) return j;
            j++;
            if (w.Is(i, "looked") && w.Is(j, "after")) j++;
        }

        while (j < limit && j - i < MaxPhrase)
        {
            var kind = w.Kind(j);
            if (kind == TokenKind.Word)
            {
                // "rated 12% of councils inadequate": a judgement after the noun is not part of it
                if (w.In(j, PredicateAdjectives) && !IsContent(w, j + 1)) break;

                if (w.Is(j, "looked") && w.Is(j + 1, "after"))
                {
                    // "Portsmouth looked after children" (before the noun) or "children looked after" (after it)
                    if (!IsContent(w, j + 2)) return j;
                    j += 2;
                    continue;
                }

                // "grades A*-C": the grade "A*" is no article
                if (w.Text(j) is "A" && w.Kind(j + 1) == TokenKind.Punctuation && w.Char(j + 1) == '*' && w.Glued(j, j + 1))
                {
                    j = AfterGradeStar(w, j + 1);
                    continue;
                }

                // "Richmond upon Thames", "Newcastle upon Tyne": "upon" inside a place name
                if (w.Is(j, "upon") && j > i && w.IsCapitalised(j - 1) && w.IsCapitalised(j + 1) && w.Kind(j + 1) == TokenKind.Word)
                {
                    j += 2;
                    continue;
                }

                if (IsStop(w, j) && !InName(w, j) && !(j > i && PluralNoun(w, j))) break;

                // "The Esk councillor lost 7 points", "Hale won the ward": an irregular past verb after the head ends the phrase
                // ("votes cast", "staff held in reserve": a participle after the noun is not this verb)
                if (j > i && !w.IsCapitalised(j) && w.In(j, IrregularPastVerbs) && !w.In(j, PostModifiers) && !w.Is(j, "cast") && !w.Is(j, "left")
                    && (IsContent(w, j + 1) || w.IsDeterminerAt(j + 1) || w.Kind(j + 1) is TokenKind.Number or TokenKind.Punctuation)) break;
                if (j > i && IsGettingVerb(w, j) && w.IsCapitalised(j - 1) && !IsAllCaps(w, j - 1)) break;

                // "notes due Nov. 1": a date after "due" is not part of what is measured
                if (j > i && w.Is(j, "due") && (IsTimeAt(w, j + 1) || w.Is(j + 1, "in") || w.Is(j + 1, "by"))) break;

                // "bonds last week", "sales next year": a time after the noun
                // (after a participle the time belongs to it: "children adopted last year")
                if (j > i && (w.Is(j, "last") || w.Is(j, "next")) && w.In(j + 1, TimeWords) && !w.EndsWith(j - 1, "ed") && !w.In(j - 1, PostModifiers)) break;

                // "residents view him warmly", "members back the plan": a word between a noun and a determiner is a verb
                // (not a time or a fronted phrase before a new subject: "In this year the rate rose", "in the east team the figure is")
                if (j > i && !w.IsCapitalised(j) && !w.In(j, TimeWords) && (w.In(j + 1, ObjectPronouns) || IsArticleOrPossessive(w, j + 1) && !SubjectFollows(w, j + 2)
                    || (w.Is(j + 1, "any") || w.Is(j + 1, "every")) && w.EndsWith(j, "s") && !w.EndsWith(j, "ss") && !w.In(j + 2, TimeWords))) break;

                // "voters support former governor Hale", "members back Crane": a verb of backing between a plural noun and a name
                // or a title ("former", "incumbent") is the clause's verb, not part of the phrase
                if (j > i && !w.IsCapitalised(j) && IsPluralHead(w, j - 1) && w.In(j, OpinionVerbs) && !w.EndsWith(j, "s") && !w.EndsWith(j, "ed")
                    && (w.IsCapitalised(j + 1) && w.Kind(j + 1) == TokenKind.Word || w.Is(j + 1, "former") || w.Is(j + 1, "incumbent"))) break;
                if (w.IsLyAdverb(j) && !(w.Is(j, "likely") && j > i && IsContent(w, j + 1)))
                {
                    // "newly qualified social workers": an adverb inside a phrase must lead somewhere
                    if (!(IsContent(w, j + 1) && !w.IsLyAdverb(j + 1) && IsContent(w, j + 2))) break;
                }
                else if (w.In(j, PostModifiers) && (w.EndsWith(j, "ed") || w.EndsWith(j, "en") || w.Is(j, "held") || w.Is(j, "made") || w.Is(j, "sent"))
                    && !(IsContent(w, j + 1) && !w.EndsWith(j + 1, "ed") && !w.IsLyAdverb(j + 1) && !w.In(j + 1, PredicateAdjectives)
                         && !w.Is(j + 1, "more") && !w.Is(j + 1, "less") && !w.Is(j + 1, "fewer")))
                {
                    // "children placed with foster carers": the participle starts the modifiers, read after the head
                    break;
                }
                else if (w.EndsWith(j, "ed") && !w.In(j, PostModifiers))
                {
                    // "home educated pupils": a participle before a noun belongs to the phrase
                    bool nounNext = IsContent(w, j + 1) && !w.EndsWith(j + 1, "ed") && !w.IsLyAdverb(j + 1) && !w.In(j + 1, PredicateAdjectives)
                        && !w.Is(j + 1, "more") && !w.Is(j + 1, "less") && !w.Is(j + 1, "fewer") && !w.Is(j + 1, "most");
                    if (!nounNext) break;
                }
                else if (w.EndsWith(j, "ing") && j > i && !w.In(j, IngNouns) && !w.In(j, Prenominal)
                    && ((w.Is(j + 1, "more") || w.Is(j + 1, "less") || w.Is(j + 1, "fewer")) && w.Is(j + 2, "than")
                        || w.Kind(j + 1) == TokenKind.Number && !w.IsYearLike(j + 1) || NumberWords.TryCardinalWord(w.Text(j + 1), out _)))
                {
                    // "care leavers waiting more than a year", "pupils gaining five GCSEs": a participle with its span or count, read
                    // after the head
                    break;
                }
                else if (w.EndsWith(j, "ing") && !IsContent(w, j + 1) && !(j > i && w.In(j, IngNouns)))
                {
                    // a participle after the head belongs to the modifiers, handled by the caller
                    break;
                }

                j++;
                continue;
            }

            if (kind == TokenKind.Number)
            {
                // "Denton's 2014 donors": a year between a possessive and its noun
                if (w.IsYearLike(j) && (w.EndsWith(j - 1, "'s") || w.EndsWith(j - 1, "’s")) && IsContent(w, j + 1) && !w.In(j + 1, TimeWords))
                {
                    j++;
                    continue;
                }

                if (w.IsYearLike(j) || w.IsPunct(j + 1, '%') || w.Is(j + 1, "per") || w.Is(j + 1, "percent")) break;
                if (w.Kind(j - 1) != TokenKind.Word) break;
                j++;
                continue;
            }

            if (kind == TokenKind.Punctuation && w.Char(j) is '-' or '‑' or '/' or '&' && w.Kind(j + 1) is TokenKind.Word or TokenKind.Number
                && (w.Glued(j - 1, j) || w.Glued(j, j + 1)))
            {
                j++;
                continue;
            }

            // "grades A*-C", "A* to C": the star of a grade
            if (kind == TokenKind.Punctuation && w.Char(j) == '*' && w.Glued(j - 1, j) && w.Kind(j - 1) == TokenKind.Word)
            {
                j = AfterGradeStar(w, j);
                continue;
            }

            // a closing quote inside the phrase: "‘stage one’ complaints"
            if (kind == TokenKind.Punctuation && w.Char(j) is '’' or '”' or '\'' or '"' && w.Glued(j - 1, j) && w.Kind(j + 1) == TokenKind.Word && IsContent(w, j + 1))
            {
                j++;
                continue;
            }

            break;
        }

        // never end on a dangling joiner
        while (j > i && w.Kind(j - 1) == TokenKind.Punctuation) j--;
        return j;
    }

    /// <summary>Past the star of a grade at <paramref name="star"/> and the range it opens, if any ("A*", "A* to C", "A*–C").</summary>
    private static int AfterGradeStar(Words w, int star)
    {
        int j = star + 1;
        if ((w.Is(j, "to") || w.Kind(j) == TokenKind.Punctuation && w.Char(j) is '-' or '–' or '‑') && w.Kind(j + 1) == TokenKind.Word && w.Text(j + 1).Length == 1
            && char.IsUpper(w.Text(j + 1)[0])) j += 2;
        return j;
    }

    /// <summary>A noun of change that "in X" follows ("an increase in X", "a fall in X").</summary>
    internal static bool IsChangeNoun(Words w, int k) =>
        w.Is(k, "increase") || w.Is(k, "rise") || w.Is(k, "reduction") || w.Is(k, "decrease") || w.Is(k, "fall") || w.Is(k, "drop")
        || w.Is(k, "improvement") || w.Is(k, "decline");

    /// <summary>A source a figure is read from, not what it measures ("performance on", "data for", "the latest figures show").</summary>
    internal static bool IsSourceNoun(Words w, int k) =>
        w.Is(k, "performance") || w.Is(k, "data") || w.Is(k, "figures") || w.Is(k, "scorecard") || w.Is(k, "information") || w.Is(k, "statistics")
        || w.Is(k, "results") || w.Is(k, "records") || w.Is(k, "report") || w.Is(k, "audit") || w.Is(k, "audits") || w.Is(k, "analysis")
        || w.Is(k, "survey") || w.Is(k, "evidence");

    /// <summary>
    /// True for a capitalised word inside a name that would otherwise end a phrase ("the United States",
    /// "Cedar Falls"): after another capitalised word, not before one (a title-case headline), and not a
    /// determiner, preposition, pronoun or auxiliary.
    /// </summary>
    private static bool InName(Words w, int j) =>
        w.IsCapitalised(j) && w.IsCapitalised(j - 1) && j - 1 > 0 && !(w.Kind(j + 1) == TokenKind.Word && w.IsCapitalised(j + 1))
        && (w.In(j, FiniteVerbs) || w.In(j, LinkVerbs) || w.In(j, ClauseStarters)) && !w.In(j, Auxiliaries) && !w.In(j, Prepositions)
        && !w.IsDeterminerAt(j) && !w.In(j, Pronouns);

    /// <summary>
    /// "social work reports were late", "the 6% notes due 2030": a word that can open a reported clause ("reports", "notes",
    /// "shows") is a plural noun after another noun when a verb, a preposition or a stop follows it rather than "that" or an object.
    /// </summary>
    private static bool PluralNoun(Words w, int j) =>
        w.In(j, ClauseStarters) && w.EndsWith(j, "s") && !w.In(j, Auxiliaries) && IsContent(w, j - 1)
        && (w.In(j + 1, Auxiliaries) || w.Is(j + 1, "due") || w.In(j + 1, Prepositions) || w.Kind(j + 1) == TokenKind.Punctuation && w.Char(j + 1) is ',' or '.' or ';' or ')');

    /// <summary>A past verb of getting a share ("received", "won", "got", "secured", "garnered"): a past form of the share verbs.</summary>
    internal static bool IsGettingVerb(Words w, int j) => w.In(j, ShareVerbs) && (w.EndsWith(j, "ed") || w.In(j, IrregularPastVerbs));

    /// <summary>True when the word at <paramref name="j"/> is in capitals only ("LAC", "NEET"): an acronym, not a name.</summary>
    internal static bool IsAllCaps(Words w, int j)
    {
        var t = w.Text(j);
        foreach (char c in t)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }

        return true;
    }

    /// <summary>A participle of asking people ("surveyed", "polled", "questioned", "interviewed", "asked", "sampled").</summary>
    internal static bool IsAskedWord(Words w, int j) =>
        w.Is(j, "surveyed") || w.Is(j, "polled") || w.Is(j, "questioned") || w.Is(j, "interviewed") || w.Is(j, "asked") || w.Is(j, "sampled");

    /// <summary>A plural noun at <paramref name="j"/> ("voters", "Democrats", "people", "children"), not a possessive.</summary>
    internal static bool IsPluralHead(Words w, int j) =>
        w.Kind(j) == TokenKind.Word && (w.Is(j, "people") || w.Is(j, "children") || w.Is(j, "men") || w.Is(j, "women")
            || w.Text(j).Length > 3 && w.EndsWith(j, "s") && !w.EndsWith(j, "ss") && !w.EndsWith(j, "'s") && !w.EndsWith(j, "’s") && !w.EndsWith(j, "us")
               && !w.In(j, Auxiliaries));

    /// <summary>"those with jobs", "those in care", "those who left": a "those" at <paramref name="k"/> that a phrase after it defines.</summary>
    internal static bool IsDefinedThose(Words w, int k) =>
        w.Is(k, "those") && (w.Is(k + 1, "with") || w.Is(k + 1, "in") || w.Is(k + 1, "who") || w.Is(k + 1, "without") || w.Is(k + 1, "on") || w.Is(k + 1, "under"));

    /// <summary>"the", "a", "an" or a possessive determiner ("his", "their").</summary>
    internal static bool IsArticleOrPossessive(Words w, int j) =>
        w.IsDeterminerAt(j) && (w.Is(j, "the") || w.Is(j, "a") || w.Is(j, "an") || w.Is(j, "his") || w.Is(j, "her") || w.Is(j, "their") || w.Is(j, "its")
        || w.Is(j, "our") || w.Is(j, "my") || w.Is(j, "your"));

    /// <summary>True when a short noun phrase from <paramref name="from"/> is followed by a verb: it is a subject.</summary>
    private static bool SubjectFollows(Words w, int from)
    {
        int k = from;
        while (k < from + 4 && IsContent(w, k)) k++;
        return k > from && (w.In(k, Auxiliaries) || w.In(k, LinkVerbs) || w.In(k, FiniteVerbs));
    }

    /// <summary>True when the words from <paramref name="from"/> to <paramref name="end"/> name a poll or a survey.</summary>
    internal static bool HasSource(Words w, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (w.In(k, SourceNouns)) return true;
        }

        return false;
    }

    /// <summary>
    /// True when the "or" at <paramref name="k"/> and the comparative after it close a count or a grade inside
    /// a phrase ("three placement moves or more", "grade 4 or above", "rated good or better", "aged 16 and over"):
    /// not a new clause, and not a hedge on the figure ("half of the shops or fewer" has no count before it).
    /// </summary>
    public static bool IsCountedOrMore(Words w, int k)
    {
        if (!(w.Is(k, "or") || w.Is(k, "and") && (w.Is(k + 1, "over") || w.Is(k + 1, "above")))) return false;
        if (!IsTrailingComparative(w, k + 1) || IsContent(w, k + 2) || w.Kind(k + 2) == TokenKind.Number || w.Is(k + 2, "than")) return false;
        if (w.Is(k, "or") && (w.Is(k - 1, "good") || w.Is(k - 1, "outstanding"))) return true;
        int lowest = Math.Max(0, k - 3);
        for (int n = k - 1; n >= lowest; n--)
        {
            if (w.Kind(n) == TokenKind.Punctuation) return false;
            if (w.Kind(n) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(n), out _))
            {
                // "10% or more", "five per cent or more": a hedge on a figure, not a count
                return !(w.Kind(n + 1) == TokenKind.Punctuation && w.Char(n + 1) == '%' || w.Is(n + 1, "per") || w.Is(n + 1, "percent") || w.Is(n + 1, "pc"));
            }
        }

        return false;
    }

    // (a closed list checked only after "or"/"and": the lexicon's class mask has no bit left for a set)
    private static bool IsTrailingComparative(Words w, int i)
        => w.Is(i, "more") || w.Is(i, "above") || w.Is(i, "better") || w.Is(i, "over") || w.Is(i, "higher") || w.Is(i, "less")
            || w.Is(i, "fewer") || w.Is(i, "below") || w.Is(i, "worse") || w.Is(i, "lower") || w.Is(i, "under") || w.Is(i, "older")
            || w.Is(i, "younger") || w.Is(i, "longer");

    /// <summary>Words that end the head of a noun phrase.</summary>
    public static bool IsStop(Words w, int j)
    {
        if (w.Kind(j) != TokenKind.Word) return true;
        return w.In(j, Auxiliaries) || w.In(j, ObjectPronouns) || w.In(j, FiniteVerbs) || w.In(j, ClauseStarters) || w.In(j, Prepositions)
            || w.IsDeterminerAt(j) || w.In(j, VerbAdverbs) || w.Is(j, "and") || w.Is(j, "or") || w.Is(j, "nor")
            || w.Is(j, "but") || w.Is(j, "than") || w.Is(j, "not") || w.Is(j, "per") || w.Is(j, "percent")
            || w.Is(j, "it") || w.Is(j, "they") || w.Is(j, "there") || w.Is(j, "respectively")
            || w.Is(j, "compared") || w.Is(j, "whom") || w.Is(j, "including") || w.Is(j, "such")
            || w.Is(j, "either") || w.Is(j, "neither") || w.Is(j, "versus");
    }

    /// <summary>A word that can sit in a noun phrase.</summary>
    public static bool IsContent(Words w, int j) => w.Kind(j) == TokenKind.Word && !IsStop(w, j);

    /// <summary>True when the phrase at <paramref name="j"/> is a time or a manner ("2015", "the last year", "line with").</summary>
    public static bool IsTimeAt(Words w, int j)
    {
        int k = j;
        while (k < j + 3 && (w.IsDeterminerAt(k) || w.Is(k, "most") || w.Is(k, "many"))) k++;

        // "the nine months", "two years", "the full year": a count in words or a span word before a time (as "3 months")
        int m = k;
        while (m < k + 3 && (NumberWords.TryCardinalWord(w.Text(m), out _) || w.Is(m, "full") || w.Is(m, "whole") || w.Is(m, "entire")
            || w.Is(m, "fiscal") || w.Is(m, "calendar"))) m++;
        if (m > k && w.In(m, TimeWords)) return true;

        // "the third quarter", "the fourth week"
        if ((w.Is(k, "third") || w.Is(k, "fourth")) && w.In(k + 1, TimeWords)) k++;

        // "in the same placement", "in the latest inspection": an adjective of time before a noun that is not a time
        if ((w.Is(k, "same") || w.Is(k, "current") || w.Is(k, "latest")) && w.Kind(k + 1) == TokenKind.Word && IsContent(w, k + 1) && !w.In(k + 1, TimeWords)) return false;

        // "for a second or subsequent time", "a second time": an ordinal, not the unit of time
        if (w.Is(k, "second") && (w.Is(k + 1, "or") || w.Is(k + 1, "time") || w.Is(k + 1, "subsequent") || w.Is(k + 1, "plan"))) return false;
        if (w.Kind(k) == TokenKind.Number) return true;
        if (w.Kind(k) != TokenKind.Word) return true;
        return w.In(k, TimeWords);
    }

    /// <summary>True when a ‘ opens a quote within the four words before the ’ at <paramref name="close"/>.</summary>
    private static bool QuoteOpensBefore(Words w, int close)
    {
        for (int k = close - 1; k >= 0 && k >= close - 5; k--)
        {
            if (w.IsPunct(k, '‘')) return true;
            if (w.Kind(k) == TokenKind.Punctuation) return false;
        }

        return false;
    }

    /// <summary>
    /// Where the clause holding token <paramref name="end"/> - 1 starts: after a semicolon,
    /// colon, bracket, dash, a clause word ("that", "while", "but") or an earlier verb.
    /// </summary>
    public static int ClauseStart(Words w, int end)
    {
        int lowest = Math.Max(0, end - 40);
        for (int k = end - 1; k >= lowest; k--)
        {
            var kind = w.Kind(k);
            if (kind == TokenKind.Punctuation)
            {
                char c = w.Char(k);
                if (c == ',')
                {
                    if (IsListComma(w, k, end)) continue;
                    return k + 1;
                }

                if (c is '-' or '‑' or '–' or '−' or '/' or '&' or '\'' or '*' && (w.Glued(k - 1, k) || w.Glued(k, k + 1))) continue;

                // "Foster carers’ completion of ...": a plural possessive; "Responses at ‘step two’, ...": a quoted name inside the clause
                if (c == '’' && w.Glued(k - 1, k) && QuoteOpensBefore(w, k))
                {
                    while (!w.IsPunct(k, '‘')) k--;
                    continue;
                }

                if (c == '’' && w.Glued(k - 1, k) && w.Kind(k + 1) == TokenKind.Word && IsContent(w, k + 1)) continue;

                // "average rent growth … is 30 percent": a pause inside the clause
                if (c == '…') continue;

                // "referrals to the hub (MASH) have reduced": skip a short bracket after a noun
                if (c == ')')
                {
                    int o = k - 1;
                    while (o > k - 6 && o >= lowest && !w.IsPunct(o, '(') && w.Kind(o) != TokenKind.Punctuation) o--;
                    if (w.IsPunct(o, '(') && o > lowest && IsContent(w, o - 1))
                    {
                        k = o;
                        continue;
                    }
                }

                return k + 1;
            }

            if (kind == TokenKind.Number) continue;
            if (w.Is(k, "as") && w.Is(k + 1, "a") && w.Is(k + 2, "whole")) continue;
            if (w.Is(k, "looked") && w.Is(k + 1, "after")) continue;
            if (w.Is(k, "after") && w.Is(k - 1, "looked")) continue;
            if (w.Is(k, "to") && PrepositionContinues(w, k)) continue;
            // "placed more than 20 miles from home": a comparison inside the phrase
            if (w.Is(k, "than") && (w.Is(k - 1, "more") || w.Is(k - 1, "less") || w.Is(k - 1, "fewer"))) continue;
            // ("the rate of reports provided": after "of" a verb-like word is a noun)
            if (w.In(k, ClauseStarters) && !w.Is(k, "with") && !w.Is(k, "where") && !(w.Is(k - 1, "of") && w.EndsWith(k, "s")) || w.Is(k, "where") && k > 0) return k + 1;
            if (IsCountedOrMore(w, k)) continue;
            bool numberPair = (w.Kind(k - 1) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(k - 1), out _)) && (w.Is(k + 1, "more") || w.Is(k + 1, "less") || w.Is(k + 1, "fewer") || w.Kind(k + 1) == TokenKind.Number);
            if ((w.Is(k, "and") || w.Is(k, "or") || w.Is(k, "but")) && !numberPair
                && (w.IsDeterminerAt(k + 1) && !w.Is(k + 1, "all") || w.In(k + 1, Pronouns) || w.IsPunct(k - 1, ',') || VerbBefore(w, k))) return k + 1;

            // "an increase", "the national average", "its use": a noun, not a verb
            if (w.In(k, NounLikeVerbs) && (w.IsDeterminerAt(k - 1) || IsContent(w, k - 1) && !w.In(k - 1, Pronouns))) continue;
            if (w.IsDeterminerAt(k - 1) && !w.Is(k - 1, "that") && !w.In(k, Auxiliaries) && w.Kind(k) == TokenKind.Word) continue;
            // "pupils waiting less than 14 months to move into a home": an infinitive after an -ing word or a span is inside the phrase
            if (w.Is(k - 1, "to") && InfinitiveInPhrase(w, k - 1)) continue;
            if (w.In(k, Auxiliaries) || w.In(k, FiniteVerbs) && !w.Is(k, "need") && !w.Is(k, "needs")) return k + 1;

            // "councils have seen demand for placements grow": "seen" after an auxiliary is the verb, as "saw" is
            // ("children seen within timescales" is a phrase)
            if (w.Is(k, "seen") && w.In(k - 1, Auxiliaries)) return k + 1;
            if (w.In(k, LinkVerbs))
            {
                bool verbBefore = w.In(k - 1, Auxiliaries) || w.Is(k - 1, "to") || w.In(k - 1, Pronouns) && !w.IsDeterminerAt(k - 1) || w.In(k - 1, VerbAdverbs);

                // "has cut", "will increase" are verbs; "the national average", "a sharp rise" are nouns
                if (w.In(k, NounLikeVerbs) && !verbBefore) continue;

                // "the rising demand" is an adjective; "in reducing re-referral rates", "is rising" are verbs
                if (w.EndsWith(k, "ing") && !verbBefore && (w.IsDeterminerAt(k - 1) || IsContent(w, k - 1)) && IsContent(w, k + 1)) continue;
                return k + 1;
            }

            // ("the rate of children in need is 12%": "in need" ends in -ed but is no past verb)
            if (w.EndsWith(k, "ed") && !w.In(k, PostModifiers) && !(w.Is(k, "need") && w.Is(k - 1, "in")) && !(w.Kind(k + 1) == TokenKind.Word && IsContent(w, k + 1) && !w.In(k + 1, FiniteVerbs)))
            {
                // a past verb ("inspectors found") ends the clause; a past participle before a noun ("qualified staff") does not
                return k + 1;
            }
        }

        return lowest;
    }

    /// <summary>
    /// True when the "to" at <paramref name="to"/> opens an infinitive that qualifies the phrase before it ("pupils
    /// waiting to move", "waiting less than 14 months to move"): after an -ing word or a span of time, not after a verb
    /// ("has worked to reduce", "is expected to rise").
    /// </summary>
    private static bool InfinitiveInPhrase(Words w, int to)
    {
        int k = to - 1;
        if (k < 0 || w.Kind(k) != TokenKind.Word || !IsContent(w, k)) return false;
        if (w.In(k, Auxiliaries) || w.In(k, FiniteVerbs) || w.In(k, LinkVerbs) || w.EndsWith(k, "ed") || w.In(k, PostModifiers)) return false;
        return w.EndsWith(k, "ing") || w.In(k, TimeWords);
    }

    /// <summary>True when a verb stands between the clause start and the "and" at <paramref name="and"/>: the "and" joins clauses.</summary>
    private static bool VerbBefore(Words w, int and)
    {
        int lowest = Math.Max(0, and - 12);
        bool sawAnd = false;
        for (int k = and - 1; k >= lowest; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation && w.Char(k) is ',' or ';' or ':' or '(' or ')') return false;

            // "between the referral and the hearing": the first "and" after "between" joins its two ends
            // ("between July and March and current ...": a second "and" is a clause's again)
            if (w.Is(k, "and")) sawAnd = true;
            if (w.Is(k, "between") && !sawAnd) return false;

            // "its dairy and cheese arm": the "and" is inside a phrase that a determiner opens, with the head after it
            if (w.IsDeterminerAt(k) && !w.In(k, Pronouns) && IsContent(w, and + 1) && IsContent(w, and + 2)) return false;
            if (w.In(k, Auxiliaries) || w.In(k, FiniteVerbs) && !w.Is(k, "need") || w.In(k, LinkVerbs) && !w.In(k, NounLikeVerbs)) return true;
            if (w.EndsWith(k, "ed") && !w.In(k, PostModifiers) && !IsContent(w, k + 1)) return true;

            // "Hale held 33 percent and Ortiz had 10 percent": a verb of holding with its figure
            if (w.In(k, ShareVerbs) && !w.EndsWith(k, "ing") && !w.IsDeterminerAt(k - 1) && (w.Kind(k + 1) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(k + 1), out _))) return true;
        }

        return false;
    }

    /// <summary>A comma inside "education, employment and training" (a list of nouns reaching <paramref name="end"/>).</summary>
    internal static bool IsListComma(Words w, int comma, int end)
    {
        if (comma < 1 || !IsContent(w, comma - 1)) return false;

        // a list that a preposition opens with a one-word first item may go on after its last item:
        // "care leavers in college, work or training in 2019 was"
        bool opened = w.In(comma - 2, Prepositions) && !w.Is(comma - 2, "of") || w.Is(comma - 2, "of") && IsContent(w, comma - 3);
        bool sawAnd = false;
        for (int j = comma + 1; j < end; j++)
        {
            if (w.Is(j, "and") || w.Is(j, "or"))
            {
                if (opened && j > comma + 1 && IsContent(w, j + 1) && j + 1 < end) return true;
                sawAnd = true;
                continue;
            }

            if (w.IsPunct(j, ',')) continue;
            if (!IsContent(w, j)) return false;
        }

        return sawAnd;
    }

    /// <summary>
    /// The noun phrase ending at <paramref name="end"/> with one inner "of"/"in"/"for" phrase
    /// ("children in Rochdale", "re-referrals"); leading prepositions and determiners left out.
    /// </summary>
    public static bool NounPhraseBefore(Words w, int end, out int a, out int b)
    {
        if (!LocalNounPhraseBefore(w, end, out a, out b)) return false;
        int k = a - 1;
        while (k >= 0 && w.IsDeterminerAt(k)) k--;
        if ((w.Is(k, "in") || w.Is(k, "of") || w.Is(k, "for")) && LocalNounPhraseBefore(w, k, out int pa, out _))
        {
            // "children in Rochdale": keep the head before the inner phrase, unless it is a verb
            if (!w.EndsWith(k - 1, "ed") || w.In(k - 1, PostModifiers)) a = pa;
        }

        return a < b;
    }

    /// <summary>The bare noun phrase ending at <paramref name="end"/>: content words only, back to a determiner or any other word.</summary>
    public static bool LocalNounPhraseBefore(Words w, int end, out int a, out int b)
    {
        b = end;
        int k = end - 1;
        int lowest = Math.Max(0, end - 8);
        // ("providers made average profit margins of 22%": "made", a past verb without -ed, ends the phrase)
        while (k >= lowest && IsContent(w, k) && !(w.EndsWith(k, "ed") && !w.In(k, PostModifiers) && k == end - 1) && !w.Is(k, "made")) k--;
        a = k + 1;
        return a < b;
    }
}
