using Newtonsoft.Json;

namespace Shared;

public static class Greeting
{
    public static string For(string who) => JsonConvert.SerializeObject(new { hello = who });
}
