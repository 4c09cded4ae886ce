namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Collects what was wrong with a message. Capped, because hostile input can produce a problem per line
/// and the list is stored with the article.
/// </summary>
internal sealed class ProblemLog
{
    private const int Limit = 100;

    private readonly List<string> _problems = [];

    public void Add(string problem)
    {
        if (_problems.Count < Limit)
        {
            _problems.Add(problem);
        }
        else if (_problems.Count == Limit)
        {
            _problems.Add("further problems omitted");
        }
    }

    public IReadOnlyList<string> ToList() => _problems.ToArray();
}
