using System.Text.RegularExpressions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Mail.Inbound;

/// <summary>
/// Runs the postmaster filters (table <c>postmaster_filter</c>) in name order as OTRS does: a filter applies when every
/// Match line matches (header or "Body" against a case-insensitive regex, inverted by f_not); its Set lines then set
/// X-OTRS-* values; a filter with f_stop ends the chain.
/// </summary>
public sealed class PostmasterFilterEngine(IAppDbContext db)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public async Task<MailInstructions> ApplyAsync(InboundMail mail, bool trusted, CancellationToken ct)
    {
        var instructions = new MailInstructions();
        if (trusted)
            foreach (var (name, value) in mail.Headers)
                instructions.SetHeader(name, value);

        var rows = await db.PostmasterFilters.AsNoTracking().ToListAsync(ct);
        foreach (var filter in rows.GroupBy(r => r.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var matches = filter.Where(r => r.Type == PostmasterFilter.Match).ToList();
            if (matches.Count == 0 || !matches.All(m => Matches(mail, m))) continue;
            instructions.MatchedFilters.Add(filter.Key);
            foreach (var set in filter.Where(r => r.Type == PostmasterFilter.Set))
                instructions.SetHeader(set.Key, set.Value);
            if (filter.Any(r => r.Stop == 1)) break;
        }
        return instructions;
    }

    private static bool Matches(InboundMail mail, PostmasterFilter match)
    {
        var text = match.Key.Equals("Body", StringComparison.OrdinalIgnoreCase)
            ? mail.Body
            : string.Join("\n", mail.Headers.Where(h => h.Key.Equals(match.Key, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value));
        bool found;
        try
        {
            found = text.Length > 0 && Regex.IsMatch(text, match.Value, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            // A broken pattern matches nothing; the admin API refuses such patterns on save.
            found = false;
        }
        return match.Not == 1 ? !found : found;
    }
}
