#:project ../../src/Infrastructure/Infrastructure.csproj
#:property PublishAot=false
// Parse throughput of our MIME parser over the test corpus: bench/mail/run.sh runs it with `dotnet run parse.cs`.
using GoTrs.Infrastructure.Mail.Mime;

var files = Directory.GetFiles(args[0], "*.eml").Order(StringComparer.Ordinal).ToList();
var rounds = args.Length > 1 ? int.Parse(args[1]) : 20;
var messages = files.Select(File.ReadAllBytes).ToList();
MimeParserThroughput.Measure(messages, 2);
var rate = MimeParserThroughput.Measure(messages, rounds);
Console.WriteLine($"parse: {messages.Count} messages, {messages.Sum(m => (long)m.Length) / 1048576.0:0.0} MB per round, {rounds} rounds");
Console.WriteLine($"parse: {rate.MessagesPerSecond:0} msgs/s, {rate.MegabytesPerSecond:0.0} MB/s");
