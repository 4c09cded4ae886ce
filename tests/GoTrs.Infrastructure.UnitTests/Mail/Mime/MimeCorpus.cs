namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>
/// Finds the corpus in the source tree (the test project's build does not copy it): up from the test
/// output to the folder holding GoTrs.sln, then down to the corpus folder.
/// </summary>
internal static class MimeCorpus
{
    private const string RelativeFolder = "tests/GoTrs.Infrastructure.UnitTests/Mail/Corpus";

    private static readonly Lazy<string> LocatedFolder = new(Locate);

    public static string Folder => LocatedFolder.Value;

    public static IEnumerable<string> MessageNames() =>
        Directory.EnumerateFiles(Folder, "*.eml").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name + ".eml"));

    public static string ExpectedPath(string name) => Path.Combine(Folder, name + ".expected.json");

    private static string Locate()
    {
        string start = TestContext.CurrentContext.TestDirectory;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GoTrs.sln")))
            {
                string corpus = Path.Combine(directory.FullName, RelativeFolder);
                return Directory.Exists(corpus)
                    ? corpus
                    : throw new DirectoryNotFoundException($"GoTrs.sln found in {directory.FullName}, but the MIME corpus {RelativeFolder} is missing there.");
            }
        }

        throw new DirectoryNotFoundException(
            $"No GoTrs.sln above {start}: the MIME corpus is read from the source tree ({RelativeFolder}), so run the tests from a checkout.");
    }
}
